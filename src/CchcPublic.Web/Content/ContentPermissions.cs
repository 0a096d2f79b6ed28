using System.Security.Claims;
using CchcPublic.Web.Admin;

namespace CchcPublic.Web.Content;

public enum ContentAction
{
    Edit,
    Submit,
    Rollback,
    Preview,
    Publish,
    Reject,
    ReviewForcePublish,
    Withdraw,
    Remove,
    Redirect,
    Unpublish,
}

/// <summary>Who may do what to content. Editors write; only publishers put anything in front of the public.</summary>
public static class ContentPermissions
{
    public static readonly string[] Writers = [Roles.Editor, Roles.Publisher, Roles.Administrator];
    public static readonly string[] Publishers = [Roles.Publisher];

    public static bool Can(ClaimsPrincipal user, ContentAction action) => action switch
    {
        ContentAction.Edit or ContentAction.Submit or ContentAction.Rollback or ContentAction.Preview => Writers.Any(user.IsInRole),
        _ => Publishers.Any(user.IsInRole),
    };
}
