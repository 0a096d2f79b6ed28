using CchcPublic.Web.Content;
using CchcPublic.Web.Media;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CchcPublic.Web.Admin.Content;

/// <summary>Shared steps of the create and edit pages: stage an uploaded cover, save, report errors by field.</summary>
public static class ContentEditing
{
    public static async Task<WorkflowResult> SaveAsync(ContentWorkflow workflow, MediaLibrary media, ModelStateDictionary state,
        System.Security.Claims.ClaimsPrincipal user, int? itemId, string type, ContentInput input, IFormFile? coverUpload)
    {
        StagedMedia? staged = null;
        if (coverUpload is { Length: > 0 })
        {
            await using var stream = coverUpload.OpenReadStream();
            var (result, error) = await media.StageAsync(stream, coverUpload.FileName, input.CoverAlt);
            if (error is not null)
            {
                state.AddModelError("CoverUpload", error);
            }
            staged = result;
        }
        if (!state.IsValid)
        {
            // Still run the content checks, so every problem is shown at once.
            foreach (var error in await workflow.ValidateAsync(itemId, type, input))
            {
                if (state[error.Key] is not { Errors.Count: > 0 })
                {
                    state.AddModelError(error.Key, error.Message);
                }
            }
            staged?.Discard();
            return WorkflowResult.Fail("");
        }
        var saved = await workflow.SaveAsync(user, itemId, type, input, staged);
        if (!saved.Ok)
        {
            staged?.Discard();
            foreach (var error in saved.Errors)
            {
                state.AddModelError(error.Key, error.Message);
            }
        }
        return saved;
    }
}
