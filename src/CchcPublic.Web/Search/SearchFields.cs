using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CchcPublic.Web.Search;

/// <summary>The index schema. Bump <see cref="SchemaVersion"/> when it changes: nodes rebuild on start.</summary>
public static partial class SearchFields
{
    public const string SchemaVersion = "4";

    public const string Key = "key";
    public const string Type = "type";
    public const string Theme = "theme";
    public const string Agency = "agency";
    public const string Year = "year";
    public const string Date = "date";
    public const string Code = "code";
    public const string OwnCode = "own_code";
    public const string Withdrawn = "withdrawn";
    public const string Url = "url";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string TitleExact = "title_x";
    public const string TitleFolded = "title_f";
    public const string BodyExact = "body_x";
    public const string BodyFolded = "body_f";
    public const string BodyBigrams = "body_b";
    public const string Suggest = "suggest";

    private static readonly FieldType Analyzed = new(TextField.TYPE_NOT_STORED) { OmitNorms = false };

    // Bigrams only add score to a match already made by syllables and are never asked for as a phrase: no positions.
    private static readonly FieldType Counted = new(TextField.TYPE_NOT_STORED) { OmitNorms = false, IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };

    public static Document ToLucene(SearchDocument doc)
    {
        var title = Clean(doc.Title);
        var summary = Clean(doc.Summary ?? "");
        var body = Clean(doc.Body);
        var text = summary.Length > 0 ? summary + "\n" + body : body;
        var document = new Document
        {
            new StringField(Key, doc.Key, Field.Store.YES),
            new StringField(Type, doc.Type, Field.Store.YES),
            new SortedDocValuesField(Type, new BytesRef(doc.Type)),
            new StoredField(Url, doc.Url),
            new StoredField(Title, title),
            new StoredField(Summary, summary),
            new StoredField(Body, body),
            new Field(TitleExact, title, Analyzed),
            new Field(TitleFolded, title, Analyzed),
            // The body fields hold the title too, as a value of its own (phrases do not run from one into the
            // other): every word of a document is then in its body field, and the first pass of a search asks
            // one term per word instead of "in the title or in the body".
            new Field(BodyExact, title, Analyzed),
            new Field(BodyExact, text, Analyzed),
            new Field(BodyFolded, title, Analyzed),
            new Field(BodyFolded, text, Analyzed),
            new Field(BodyBigrams, title, Counted),
            new Field(BodyBigrams, text, Counted),
            new Field(Suggest, title, Analyzed),
        };
        if (doc.Withdrawn)
        {
            document.Add(new StringField(Withdrawn, "1", Field.Store.YES));
        }
        if (doc.Date is { } date)
        {
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            document.Add(new StoredField(Date, day));
            document.Add(new NumericDocValuesField(Date, date.DayNumber));
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            document.Add(new StringField(Year, year, Field.Store.NO));
            document.Add(new SortedDocValuesField(Year, new BytesRef(year)));
        }
        else
        {
            document.Add(new NumericDocValuesField(Date, 0));
        }
        foreach (var theme in doc.Themes.Distinct())
        {
            document.Add(new StringField(Theme, theme, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(Theme, new BytesRef(theme)));
        }
        if (doc.AgencyCode is { Length: > 0 } agency)
        {
            document.Add(new StringField(Agency, agency, Field.Store.NO));
            document.Add(new SortedDocValuesField(Agency, new BytesRef(agency)));
        }
        foreach (var code in doc.Codes.Select(NormalizeCode).Distinct())
        {
            document.Add(new StringField(OwnCode, code, Field.Store.NO));
        }
        foreach (var code in CodesIn(title + "\n" + text).Select(NormalizeCode).Distinct())
        {
            document.Add(new StringField(Code, code, Field.Store.NO));
        }
        return document;
    }

    /// <summary>A document number or procedure code as stored and looked up: folded, lower case, no spaces.</summary>
    public static string NormalizeCode(string code) => VietnameseText.Fold(code).Replace(" ", "", StringComparison.Ordinal).Trim('.', ',', ';', ':');

    /// <summary>Looks like a document number or code: has a digit and a separator, e.g. 1256/QĐ-UBND, 2.000986.</summary>
    public static bool LooksLikeCode(string word) =>
        word.Any(char.IsDigit) && word.Any(c => c is '/' or '-' or '.') && word.Length >= 4 && !word.StartsWith('-');

    public static IEnumerable<string> CodesIn(string text) => CodePattern().Matches(text).Select(m => m.Value);

    // Numbers and symbols of Vietnamese legal documents: 1256/QĐ-UBND, 63/2024/NĐ-CP, 26/2020/TT-BTTTT, 04/NQ-CP.
    [GeneratedRegex(@"\b\d{1,5}(?:/\d{4})?/[A-ZĐ]{1,10}(?:-[A-ZĐ0-9]{1,12})*", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    private static string Clean(string text) => Infrastructure.Text.Nfc.Normalize(text).Trim();
}
