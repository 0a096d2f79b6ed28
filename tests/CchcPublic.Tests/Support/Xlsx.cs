using System.IO.Compression;
using System.Xml.Linq;

namespace CchcPublic.Tests.Support;

/// <summary>Reads back what an XLSX file holds: sheet names, and each sheet's cells as text (inline or shared strings, numbers).</summary>
public static class Xlsx
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static IReadOnlyList<string> SheetNames(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file));
        return Load(zip, "xl/workbook.xml").Descendants(Main + "sheet").Select(s => (string)s.Attribute("name")!).ToList();
    }

    /// <param name="sheet">1 for the first sheet.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(byte[] file, int sheet)
    {
        using var zip = new ZipArchive(new MemoryStream(file));
        var shared = zip.GetEntry("xl/sharedStrings.xml") is null ? []
            : Load(zip, "xl/sharedStrings.xml").Descendants(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
        return Load(zip, $"xl/worksheets/sheet{sheet}.xml").Descendants(Main + "row")
            .Select(row => (IReadOnlyList<string>)row.Elements(Main + "c").Select(c => (string?)c.Attribute("t") switch
            {
                "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
                "s" => shared[int.Parse(c.Element(Main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)],
                _ => c.Element(Main + "v")?.Value ?? "",
            }).ToList())
            .ToList();
    }

    private static XDocument Load(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)!.Open();
        return XDocument.Load(stream);
    }
}
