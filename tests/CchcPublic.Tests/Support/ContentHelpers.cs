using System.Security.Claims;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Content;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CchcPublic.Tests.Support;

/// <summary>Drives the content workflow as a given person, the way the back-office pages do.</summary>
public static class ContentHelpers
{
    public static ClaimsPrincipal Person(string name, params string[] roles) => new(new ClaimsIdentity(
        roles.Select(r => new Claim(ClaimTypes.Role, r))
            .Append(new Claim(ClaimTypes.NameIdentifier, "id-" + name))
            .Append(new Claim(ClaimTypes.Name, name)), "test"));

    public static readonly ClaimsPrincipal Editor = Person("bien.tap@kiemthu.local", Roles.Editor);
    public static readonly ClaimsPrincipal PublisherA = Person("duyet.a@kiemthu.local", Roles.Publisher);
    public static readonly ClaimsPrincipal PublisherB = Person("duyet.b@kiemthu.local", Roles.Publisher);

    public static async Task<T> WorkflowAsync<T>(this CchcFactory site, Func<ContentWorkflow, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ContentWorkflow>());
    }

    public static async Task<int> DraftAsync(this CchcFactory site, string title, string? slug = null, string body = "Nội dung bài viết.",
        ClaimsPrincipal? author = null, string type = "article", Dictionary<string, string?>? fields = null)
    {
        var result = await site.WorkflowAsync(w => w.SaveAsync(author ?? Editor, null, type,
            new ContentInput { Title = title, Slug = slug, Body = body, Summary = "Tóm tắt " + title, Fields = fields ?? [] }));
        Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.ItemId!.Value;
    }

    /// <summary>Written by the editor, submitted, approved by publisher A: the normal two-person path.</summary>
    public static async Task<int> PublishedAsync(this CchcFactory site, string title, string? slug = null, string body = "Nội dung bài viết.")
    {
        var id = await site.DraftAsync(title, slug, body);
        await site.ExpectOkAsync(w => w.SubmitAsync(Editor, id));
        await site.ExpectOkAsync(w => w.PublishAsync(PublisherA, id, null, null, null));
        return id;
    }

    public static async Task ExpectOkAsync(this CchcFactory site, Func<ContentWorkflow, Task<WorkflowResult>> action)
    {
        var result = await site.WorkflowAsync(action);
        Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    public static async Task<string> ExpectErrorAsync(this CchcFactory site, Func<ContentWorkflow, Task<WorkflowResult>> action)
    {
        var result = await site.WorkflowAsync(action);
        Assert.False(result.Ok, "expected the workflow to refuse");
        return string.Join(" ", result.Errors.Select(e => e.Message));
    }

    public static Task<WorkflowResult> Revise(this ContentWorkflow workflow, ClaimsPrincipal who, int id, string title, string slug, string body = "Nội dung sửa.") =>
        workflow.SaveAsync(who, id, "article", new ContentInput { Title = title, Slug = slug, Body = body });
}
