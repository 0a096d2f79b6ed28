using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Agencies;

public sealed record SuccessorChoice(int AgencyId, string? Note, IReadOnlyList<string>? Keywords = null);

/// <summary>
/// Retires an agency (merger, split, end of the district level) and records who takes over what.
/// The row stays: old cases and content keep the name the agency had.
/// </summary>
public sealed class AgencyRetirement(AppDbContext db, AuditLog audit, TimeProvider clock, Feedback.Handling.Reorganisation reorganisation)
{
    public async Task<IReadOnlyList<string>> RetireAsync(
        int agencyId, DateOnly lastDay, IReadOnlyList<SuccessorChoice> successors, string reason,
        CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.Include(a => a.Successors).SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
        if (agency is null)
        {
            return ["Không tìm thấy cơ quan."];
        }
        var errors = new List<string>();
        if (agency.RetiredUtc is not null || agency.ValidTo is not null)
            errors.Add($"{agency.Name} đã hết hiệu lực từ trước.");
        if (string.IsNullOrWhiteSpace(reason))
            errors.Add("Cần ghi lý do (căn cứ quyết định sáp nhập, giải thể...).");
        if (successors.Count == 0)
            errors.Add("Cần chọn ít nhất một cơ quan kế thừa.");
        if (successors.Any(s => s.AgencyId == agencyId))
            errors.Add("Cơ quan không thể kế thừa chính nó.");
        if (successors.Select(s => s.AgencyId).Distinct().Count() != successors.Count)
            errors.Add("Mỗi cơ quan kế thừa chỉ chọn một lần.");
        if (agency.ValidFrom is { } from && lastDay < from)
            errors.Add("Ngày cuối hoạt động trước ngày bắt đầu hiệu lực.");
        var ids = successors.Select(s => s.AgencyId).ToList();
        var found = await db.Agencies.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        if (found.Count != ids.Distinct().Count())
            errors.Add("Có cơ quan kế thừa không tồn tại.");
        foreach (var successor in found.Where(s => s.ValidTo is { } end && end <= lastDay))
            errors.Add($"{successor.Name} không còn hiệu lực sau ngày {lastDay:dd/MM/yyyy}, không thể kế thừa.");
        if (errors.Count > 0)
        {
            return errors;
        }

        agency.ValidTo = lastDay;
        agency.RetiredUtc = clock.GetUtcNow().UtcDateTime;
        agency.RetirementReason = reason.Trim();
        agency.Successors.AddRange(successors.Select(s => new AgencySuccession
        {
            PredecessorId = agency.Id,
            SuccessorId = s.AgencyId,
            Note = string.IsNullOrWhiteSpace(s.Note) ? null : s.Note.Trim(),
            Keywords = (s.Keywords ?? []).Where(k => k.Length > 0).Take(30).ToList(),
        }));
        audit.Record("agency.retired", nameof(Agency), agency.Code,
            $"Giải thể/sáp nhập {agency.Name} từ {lastDay.AddDays(1):dd/MM/yyyy}; kế thừa: {string.Join(", ", found.Select(f => f.ShortName))}",
            new { lastDay, reason, successors = found.Select(f => f.Code) });
        AgencyChanges.Record(db, agency, clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Open feedback cases follow at once when the agency has already stopped; otherwise the daily job moves
        // them the day after its last day. The first successor chosen takes what fits no other.
        await reorganisation.MoveFromRetiredAgenciesAsync(successors[0].AgencyId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
