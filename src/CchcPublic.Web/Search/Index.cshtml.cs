using CchcPublic.Web.Content;
using CchcPublic.Web.Shared;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace CchcPublic.Web.Search;

/// <summary>The public search page: results, facets as plain links, sorting and paging; works without JavaScript.</summary>
public sealed class IndexModel(SearchService search, PublishedContent snapshot) : PageModel
{
    /// <summary>Query-string names of the facet filters, in Vietnamese like every public address.</summary>
    public static readonly IReadOnlyDictionary<string, string> FilterParameters = new Dictionary<string, string>
    {
        [FacetNames.Type] = "loai",
        [FacetNames.Theme] = "chu-de",
        [FacetNames.Agency] = "co-quan",
        [FacetNames.Year] = "nam",
    };

    public const string NewestFirst = "moi-nhat";

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public string? PageText { get; set; }

    public SearchResults Results { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;
    public string? Notice { get; private set; }
    public IReadOnlyList<PublishedPage> Popular { get; private set; } = [];
    public bool NewestSort => Sort == NewestFirst;

    public IActionResult OnGet()
    {
        var page = 1;
        if (PageText is { Length: > 0 } && (!int.TryParse(PageText, out page) || page < 1))
        {
            Notice = "Số trang không hợp lệ; đang hiển thị trang đầu.";
            page = 1;
        }
        if (page > SearchService.MaxPage)
        {
            Notice = $"Chỉ xem được tối đa {SearchService.MaxPage} trang kết quả; hãy thêm từ khóa hoặc chọn bộ lọc.";
            page = SearchService.MaxPage;
        }
        if ((Query?.Length ?? 0) > UserQuery.MaxLength)
        {
            Notice = $"Từ khóa dài quá {UserQuery.MaxLength} ký tự nên đã được rút gọn.";
        }
        var filters = FilterParameters
            .Select(p => (p.Key, Value: Request.Query[p.Value].ToString().Trim()))
            .Where(p => p.Value.Length > 0)
            .ToDictionary(p => p.Key, p => p.Value);
        Results = search.Search(new SearchRequest(Query, filters, NewestSort ? SearchSort.Newest : SearchSort.Relevance, page));
        Pager = new Pager(Request, Results.Page, Results.PageSize, Math.Min(Results.Total, SearchService.MaxPage * Results.PageSize));
        if (Results.Total == 0 && !Results.Query.IsEmpty)
        {
            Popular = snapshot.InSection("thu-tuc").Take(3).Concat(snapshot.InSection("tin-tuc").Take(3)).ToList();
        }
        if (!Results.IndexReady)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        return Page();
    }

    /// <summary>This page's address with one parameter changed (null removes it); paging starts over.</summary>
    public string With(string parameter, string? value)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(p => p.Key != parameter && p.Key != "trang")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .ToList();
        if (value is not null)
        {
            query.Add(new KeyValuePair<string, string>(parameter, value));
        }
        return Request.Path + new QueryBuilder(query).ToQueryString();
    }
}
