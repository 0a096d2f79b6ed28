using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Publication;

/// <summary>Published questions and answers: only the checked public texts, never the case or its sender.</summary>
public sealed class AnswerSearchSource : ISearchSource
{
    public const string TypeCode = "hoi-dap";
    private const int PageSize = 500;

    public string Kind => "answer";

    public int? IdOf(ContentChange change) => change.PublishedAnswerId;

    public Task<int> CountAsync(AppDbContext db, CancellationToken cancellationToken) => Public(db).CountAsync(cancellationToken);

    public async Task LoadAsync(AppDbContext db, IReadOnlyCollection<int>? ids, Func<IReadOnlyList<(int Id, SearchDocument Document)>, Task> page,
        CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        var after = 0;
        while (true)
        {
            var query = Public(db).Where(a => a.Id > after);
            if (ids is not null)
                query = query.Where(a => ids.Contains(a.Id));
            var batch = await query.OrderBy(a => a.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                return;
            await page(batch.Select(a => (a.Id, Map(a, agencies))).ToList());
            after = batch[^1].Id;
        }
    }

    private static IQueryable<PublishedAnswer> Public(AppDbContext db) => db.PublishedAnswers.AsNoTracking().Where(a => a.WithdrawnUtc == null);

    public static SearchDocument Map(PublishedAnswer answer, IReadOnlyDictionary<int, string> agencies) => new()
    {
        Key = $"answer:{answer.Id}",
        Type = TypeCode,
        Title = answer.Title,
        Url = $"{AnswerPages.Path}/{answer.Code}",
        Summary = answer.Question.Length > 240 ? answer.Question[..240] + "…" : answer.Question,
        Body = $"{answer.Question}\n{answer.Answer}",
        Codes = [answer.Code],
        Date = VnTime.ToLocalDate(answer.AnsweredUtc),
        AgencyCode = answer.AgencyId is { } id ? agencies.GetValueOrDefault(id) : null,
    };
}
