using System.Net;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static CchcPublic.Tests.Support.ContentHelpers;

namespace CchcPublic.Tests.Integration;

public abstract class ContentWorkflowTests<TSite> : IClassFixture<TSite> where TSite : CchcFactory
{
    private readonly TSite site;
    private readonly FakeTimeProvider clock;

    protected ContentWorkflowTests(TSite site)
    {
        this.site = site;
        site.Clock ??= new FakeTimeProvider(DateTimeOffset.UtcNow);
        clock = site.Clock;
    }

    [Fact]
    public async Task Editor_writes_publisher_approves_and_the_public_page_shows_it()
    {
        var id = await site.DraftAsync("Quảng Ngãi triển khai liên thông khai sinh", "lien-thong-khai-sinh", "## Các bước\n\nNgười dân đăng ký trên **VNeID**.");
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/tin-tuc/lien-thong-khai-sinh")).StatusCode);

        await site.ExpectOkAsync(w => w.SubmitAsync(Editor, id));
        await site.ExpectOkAsync(w => w.PublishAsync(PublisherA, id, null, null, null));

        var page = await site.Browser().GetDocumentAsync("/tin-tuc/lien-thong-khai-sinh");
        Assert.Equal("Quảng Ngãi triển khai liên thông khai sinh", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("cac-buoc", page.QuerySelector(".body h2")!.Id);
        Assert.Equal("VNeID", page.QuerySelector(".body strong")!.TextContent);
        var audit = await site.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "ContentItem" && e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal(["content.created", "content.submitted", "content.published"], audit);
    }

    [Fact]
    public async Task A_publisher_cannot_approve_their_own_revision_except_by_force_with_a_reason_reviewed_by_another()
    {
        var id = await site.DraftAsync("Bài do người duyệt tự viết", author: PublisherA);
        await site.ExpectOkAsync(w => w.SubmitAsync(PublisherA, id));

        Assert.Contains("không thể tự duyệt", await site.ExpectErrorAsync(w => w.PublishAsync(PublisherA, id, null, null, null)));
        await site.ExpectOkAsync(w => w.PublishAsync(PublisherA, id, null, null, "Thông báo khẩn về lịch tiếp dân"));
        var forced = await site.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id));
        Assert.True(forced.AwaitsForcePublishReview);
        Assert.Equal(ContentStatus.Published, forced.Status);

        Assert.Contains("người duyệt khác", await site.ExpectErrorAsync(w => w.ReviewForcePublishAsync(PublisherA, id)));
        await site.ExpectOkAsync(w => w.ReviewForcePublishAsync(PublisherB, id));
        Assert.False((await site.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id))).AwaitsForcePublishReview);
    }

    [Fact]
    public async Task Each_role_may_do_exactly_its_part_of_the_workflow()
    {
        var roles = new Dictionary<string, string[]>
        {
            ["Administrator"] = [Roles.Administrator], ["Publisher"] = [Roles.Publisher], ["Editor"] = [Roles.Editor],
            ["Coordinator"] = [Roles.Coordinator], ["AgencyHandler"] = [Roles.AgencyHandler], ["NoRole"] = [],
        };
        var writers = new HashSet<string> { "Administrator", "Publisher", "Editor" };
        foreach (var (name, granted) in roles)
        {
            var who = Person(name.ToLowerInvariant() + "@kiemthu.local", granted);
            var canWrite = writers.Contains(name);
            var canPublish = name == "Publisher";

            var created = await site.WorkflowAsync(w => w.SaveAsync(who, null, "article", new ContentInput { Title = $"Ma trận quyền {name}", Body = "x" }));
            Assert.Equal(canWrite, created.Ok);
            var draft = created.ItemId ?? await site.DraftAsync($"Ma trận quyền (nháp) {name}");
            Assert.Equal(canWrite, (await site.WorkflowAsync(w => w.SubmitAsync(who, draft))).Ok);

            var inReview = await site.DraftAsync($"Ma trận quyền (chờ duyệt) {name}");
            await site.ExpectOkAsync(w => w.SubmitAsync(Editor, inReview));
            Assert.Equal(canPublish, (await site.WorkflowAsync(w => w.RejectAsync(who, inReview, "Cần bổ sung nguồn."))).Ok);
            await site.WorkflowAsync(w => w.SubmitAsync(Editor, inReview));
            Assert.Equal(canPublish, (await site.WorkflowAsync(w => w.PublishAsync(who, inReview, null, null, null))).Ok);

            var live = await site.PublishedAsync($"Ma trận quyền (công khai) {name}");
            var target = await site.PublishedAsync($"Ma trận quyền (đích) {name}");
            var revisionOne = await site.DbAsync(db => db.ContentRevisions.Where(r => r.ContentItemId == live).Select(r => r.Id).SingleAsync());
            await site.ExpectOkAsync(w => w.Revise(Editor, live, $"Ma trận quyền (công khai, sửa) {name}", $"ma-tran-sua-{name.ToLowerInvariant()}"));
            Assert.Equal(canWrite, (await site.WorkflowAsync(w => w.RollbackAsync(who, live, revisionOne))).Ok);
            Assert.Equal(canPublish, (await site.WorkflowAsync(w => w.WithdrawAsync(who, live, "Hết hiệu lực."))).Ok);
            Assert.Equal(canPublish, (await site.WorkflowAsync(w => w.RedirectAsync(who, live, target))).Ok);
            Assert.Equal(canPublish, (await site.WorkflowAsync(w => w.RemoveAsync(who, target, "Sai sót."))).Ok);
            var other = await site.PublishedAsync($"Ma trận quyền (ngừng) {name}");
            Assert.Equal(canPublish, (await site.WorkflowAsync(w => w.UnpublishAsync(who, other))).Ok);
        }
    }

    [Fact]
    public async Task Scheduled_publishing_and_unpublishing_follow_the_clock()
    {
        var id = await site.DraftAsync("Lịch tiếp nhận hồ sơ dịp Tết", "lich-tet");
        await site.ExpectOkAsync(w => w.SubmitAsync(Editor, id));
        var start = clock.GetUtcNow().UtcDateTime;
        await site.ExpectOkAsync(w => w.PublishAsync(PublisherA, id, start.AddHours(2), start.AddDays(3), null));

        Assert.Equal((0, 0), await site.WorkflowAsync(w => w.RunScheduleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/tin-tuc/lich-tet")).StatusCode);

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal((1, 0), await site.WorkflowAsync(w => w.RunScheduleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await site.Browser().GetAsync("/tin-tuc/lich-tet")).StatusCode);

        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal((0, 1), await site.WorkflowAsync(w => w.RunScheduleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/tin-tuc/lich-tet")).StatusCode);
        Assert.Contains("content.unpublished", await site.DbAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task Only_one_node_holds_the_scheduling_lease_until_it_expires()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<CchcPublic.Web.Infrastructure.Jobs.JobLeases>();

        Assert.True(await leases.TryClaimAsync("thu-lease", "nut-1", TimeSpan.FromMinutes(1)));
        Assert.False(await leases.TryClaimAsync("thu-lease", "nut-2", TimeSpan.FromMinutes(1)));
        Assert.True(await leases.TryClaimAsync("thu-lease", "nut-1", TimeSpan.FromMinutes(1)));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await leases.TryClaimAsync("thu-lease", "nut-2", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task A_withdrawn_page_stays_visible_with_a_dated_notice_and_the_reason()
    {
        var id = await site.PublishedAsync("Hướng dẫn cũ về lệ phí", "huong-dan-le-phi-cu");
        await site.ExpectOkAsync(w => w.WithdrawAsync(PublisherB, id, "Mức lệ phí đã thay đổi theo quy định mới."));

        var response = await site.Browser().GetAsync("/tin-tuc/huong-dan-le-phi-cu");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = (await response.ReadDocumentAsync()).QuerySelector(".notice.withdrawn")!.TextContent;
        Assert.Contains("đã được rút lại ngày " + CchcPublic.Web.Infrastructure.Text.VnTime.Display(CchcPublic.Web.Infrastructure.Text.VnTime.Today(clock)), notice);
        Assert.Contains("Mức lệ phí đã thay đổi theo quy định mới.", notice);
    }

    [Fact]
    public async Task A_removed_page_answers_410_with_the_note()
    {
        var id = await site.PublishedAsync("Thông báo đăng nhầm", "thong-bao-dang-nham");
        await site.ExpectOkAsync(w => w.RemoveAsync(PublisherB, id, "Đăng nhầm đơn vị."));

        var response = await site.Browser().GetAsync("/tin-tuc/thong-bao-dang-nham");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("Đăng nhầm đơn vị.", (await response.ReadDocumentAsync()).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Slug_changes_redirect_every_old_address_straight_to_the_current_one_without_loops()
    {
        var id = await site.PublishedAsync("Đường dẫn A", "duong-dan-a");
        async Task MoveTo(string slug)
        {
            await site.ExpectOkAsync(w => w.Revise(Editor, id, "Đường dẫn " + slug, slug));
            await site.ExpectOkAsync(w => w.SubmitAsync(Editor, id));
            await site.ExpectOkAsync(w => w.PublishAsync(PublisherA, id, null, null, null));
        }

        await MoveTo("duong-dan-b");
        await MoveTo("duong-dan-c");
        var client = site.Browser();
        foreach (var old in new[] { "duong-dan-a", "duong-dan-b" })
        {
            var response = await client.GetAsync("/tin-tuc/" + old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/tin-tuc/duong-dan-c", response.Location());
        }

        await MoveTo("duong-dan-a");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tin-tuc/duong-dan-a")).StatusCode);
        Assert.Equal("/tin-tuc/duong-dan-a", (await client.GetAsync("/tin-tuc/duong-dan-c")).Location());
        Assert.Equal("/tin-tuc/duong-dan-a", (await client.GetAsync("/tin-tuc/duong-dan-b")).Location());
        Assert.False(await site.DbAsync(db => db.SlugRedirects.AnyAsync(r => r.Slug == "duong-dan-a")));
    }

    [Fact]
    public async Task Redirecting_an_item_sends_its_address_to_the_target_and_follows_the_targets_own_redirect()
    {
        var old = await site.PublishedAsync("Bài cũ", "bai-cu-chuyen-huong");
        var middle = await site.PublishedAsync("Bài giữa", "bai-giua");
        var final = await site.PublishedAsync("Bài mới", "bai-moi-nhat");
        await site.ExpectOkAsync(w => w.RedirectAsync(PublisherA, middle, final));

        await site.ExpectOkAsync(w => w.RedirectAsync(PublisherA, old, middle));

        Assert.Equal("/tin-tuc/bai-moi-nhat", (await site.Browser().GetAsync("/tin-tuc/bai-cu-chuyen-huong")).Location());
        Assert.Contains("chính nó", await site.ExpectErrorAsync(w => w.RedirectAsync(PublisherA, final, final)));
    }

    [Fact]
    public async Task Rollback_creates_a_new_revision_from_an_old_one_and_history_is_never_rewritten()
    {
        var id = await site.DraftAsync("Phiên bản một", "phien-ban", "Nội dung một.");
        await site.ExpectOkAsync(w => w.Revise(Editor, id, "Phiên bản hai", "phien-ban", "Nội dung hai."));
        var first = await site.DbAsync(db => db.ContentRevisions.SingleAsync(r => r.ContentItemId == id && r.Number == 1));

        await site.ExpectOkAsync(w => w.RollbackAsync(Editor, id, first.Id));

        var revisions = await site.DbAsync(db => db.ContentRevisions.Where(r => r.ContentItemId == id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal(["Phiên bản một", "Phiên bản hai", "Phiên bản một"], revisions.Select(r => r.Title));
        Assert.Equal("Nội dung một.", revisions[2].Body);
        Assert.Equal("Khôi phục từ phiên bản 1", revisions[2].ChangeNote);
        Assert.Contains("giống hệt", await site.ExpectErrorAsync(w => w.RollbackAsync(Editor, id, first.Id)));
    }

    [Fact]
    public async Task Markdown_with_script_event_handlers_and_javascript_links_renders_inert()
    {
        const string body = "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[bấm vào đây](javascript:alert(1))\n\n[Cổng dịch vụ công](https://dichvucong.gov.vn)";
        await site.PublishedAsync("Bài thử mã độc", "bai-thu-ma-doc", body);

        var html = await site.Browser().GetStringAsync("/tin-tuc/bai-thu-ma-doc");
        var page = Html.Parse(html);

        Assert.Empty(page.QuerySelectorAll(".body script"));
        Assert.Empty(page.QuerySelectorAll(".body img"));
        Assert.Empty(page.QuerySelectorAll(".body [onerror]"));
        Assert.DoesNotContain(page.QuerySelectorAll(".body a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(page.QuerySelectorAll(".body a"), a => a.GetAttribute("href") == "https://dichvucong.gov.vn");
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Preview_links_show_the_draft_through_the_public_template_and_expire()
    {
        var id = await site.DraftAsync("Bản nháp xem trước", "ban-nhap-xem-truoc", "Đoạn chưa công bố.");
        await using var scope = site.Services.CreateAsyncScope();
        var links = scope.ServiceProvider.GetRequiredService<PreviewLinks>();
        var revision = await site.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.LatestRevisionId!.Value).SingleAsync());
        var (token, _) = await links.CreateAsync(Editor, id, revision);

        var preview = await site.Browser().GetAsync("/xem-truoc/" + token);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Đoạn chưa công bố.", (await preview.ReadDocumentAsync()).QuerySelector(".body")!.TextContent);
        Assert.Contains("noindex", preview.Headers.GetValues("X-Robots-Tag").Single());

        clock.Advance(TimeSpan.FromHours(49));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/xem-truoc/" + token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/xem-truoc/khong-dung")).StatusCode);
    }

    [Fact]
    public async Task Editing_a_published_item_keeps_the_live_version_online_until_the_new_one_is_approved()
    {
        var id = await site.PublishedAsync("Bản đang công khai", "ban-dang-cong-khai", "Nội dung cũ.");
        await site.ExpectOkAsync(w => w.Revise(Editor, id, "Bản đang công khai", "ban-dang-cong-khai", "Nội dung mới."));

        Assert.Contains("Nội dung cũ.", await site.Browser().GetStringAsync("/tin-tuc/ban-dang-cong-khai"));
        await site.ExpectOkAsync(w => w.SubmitAsync(Editor, id));
        await site.ExpectOkAsync(w => w.PublishAsync(PublisherB, id, null, null, null));
        Assert.Contains("Nội dung mới.", await site.Browser().GetStringAsync("/tin-tuc/ban-dang-cong-khai"));
    }

    [Fact]
    public async Task Invalid_content_is_refused_field_by_field_and_saves_nothing()
    {
        var before = await site.DbAsync(db => db.ContentRevisions.CountAsync());

        var result = await site.WorkflowAsync(w => w.SaveAsync(Editor, null, "index-result", new ContentInput
        {
            Title = "Chỉ số thiếu dữ liệu",
            Slug = "Sai Dạng",
            Fields = new() { ["index"] = "KHONG-CO", ["year"] = "hai nghìn", ["rankedCount"] = "" },
        }));

        Assert.False(result.Ok);
        var errors = result.Errors.ToDictionary(e => e.Key, e => e.Message);
        Assert.Contains("Đường dẫn chỉ gồm chữ thường", errors["Input.Slug"]);
        Assert.Contains("lựa chọn không hợp lệ", errors["Input.Fields[index]"]);
        Assert.Contains("số nguyên", errors["Input.Fields[year]"]);
        Assert.Contains("bắt buộc", errors["Input.Fields[rankedCount]"]);
        Assert.Equal(before, await site.DbAsync(db => db.ContentRevisions.CountAsync()));
    }
}

public sealed class ContentWorkflowTestsOnSqlite(SqliteSite site) : ContentWorkflowTests<SqliteSite>(site);

public sealed class ContentWorkflowTestsOnPostgres(PostgresSite site) : ContentWorkflowTests<PostgresSite>(site);
