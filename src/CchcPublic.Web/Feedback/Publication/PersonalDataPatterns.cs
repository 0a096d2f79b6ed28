using System.Text.RegularExpressions;

namespace CchcPublic.Web.Feedback.Publication;

internal readonly record struct DetectedSpan(PersonalDataKind Kind, int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Personal data recognised by its shape in Vietnamese text, without knowing who wrote it.</summary>
internal static partial class PersonalDataPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;

    private const string Space = @"[\p{Zs}\t]";
    private const string Capitalised = @"\p{Lu}\p{Ll}*(?![\p{L}\p{N}])";
    private const string Separator = @"[\p{Zs}.\-]{0,3}";

    // Eleven digits from 02 are landlines, ten from 03/05/07/08/09 mobiles, eleven from 01 the mobiles before 2018.
    private const string Phone = $$"""
        (?<![\p{L}\p{N}+]|\p{N}[./\-])
        (?:
            (?:\+\p{Zs}?84|\(\+84\)|84){{Separator}}(?:\(0\)\p{Zs}?)?
                (?:[35789](?:{{Separator}}\d){8}|2(?:{{Separator}}\d){9})
          | \(0(?:2\d\)(?:{{Separator}}\d){8}|2\d\d\)(?:{{Separator}}\d){7}|[35789]\d\d\)(?:{{Separator}}\d){6})
          | 0(?:[35789](?:{{Separator}}\d){8}|[12](?:{{Separator}}\d){9})
        )
        (?![\p{L}\p{N}]|[./\-]\p{N})
        """;

    private const string Email = """
        (?<![\p{L}\p{N}._%+\-])
        [A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}
        (?![A-Za-z0-9\-])
        """;

    // After a cue the number may be spaced or dotted (051 095 001 234); without one only the bare shapes count.
    private const string IdAfterCue = """
        (?<![\p{L}\p{N}])
        (?i:cccd|cmnd|cmtnd|cmt|căn\p{Zs}+cước|chứng\p{Zs}+minh|định\p{Zs}+danh|hộ\p{Zs}+chiếu|passport|mã\p{Zs}+số\p{Zs}+thuế|mst)
        (?!\p{L})
        [^\p{N}\r\n]{0,30}?
        (?<id>[A-Za-z]\d{7,8}|\d(?:[\p{Zs}.]?\d){8,11})
        (?![\p{L}\p{N}]|[./\-]\p{N})
        """;

    private const string IdShape = """
        (?<![\p{L}\p{N}]|\p{N}[./\-])
        (?:\d{12}|\d{9}|[A-Z]\d{7})
        (?![\p{L}\p{N}]|[./\-]\p{N}|\p{Zs}*(?i:đồng|vnđ|vnd|đ)(?!\p{L}))
        """;

    private const string Surnames =
        "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lương|Mai|Đoàn|Cao|Tạ|Lâm|Hà"
        + "|Trịnh|Đào|Đàm|Kiều|Lưu|Tô|Châu|Thái|Quách|Tôn|Triệu|Phùng|Mạc|Nghiêm|Chu|Doãn|Tống|Hứa|Khổng|Diệp|Thân|Lã|Vương";

    // "Cao điểm", "Mai táng phí": a surname only starts a name when the next syllable is capitalised too.
    private const string FullName = $$"""
        (?<![\p{L}\p{N}])
        (?:{{Surnames}})
        (?:{{Space}}+{{Capitalised}}){1,3}
        """;

    private const string FormsOfAddress = "ông|bà|anh|chị|em|cô|chú|bác|cháu|cậu|dì";

    private const string AddressedName = $$"""
        (?<![\p{L}\p{N}])
        (?i:
            (?:{{FormsOfAddress}})(?:\p{Zs}*/\p{Zs}*(?:{{FormsOfAddress}}))?
          | tôi{{Space}}+(?:tên{{Space}}+)?là
          | tên{{Space}}+tôi{{Space}}+là
          | họ{{Space}}+(?:và{{Space}}+)?tên(?:{{Space}}+là)?{{Space}}*:?
        )
        {{Space}}+
        (?<name>{{Capitalised}}(?:{{Space}}+{{Capitalised}}){0,2})
        """;

    // 12, 12A, 12/3, 45/2/1 — but not the 1256 of 1256/QĐ-UBND nor a date's 12/3/2025.
    private const string HouseNumber = @"\d{1,4}[A-Za-z]?(?:/\d{1,3}[A-Za-z]?){0,2}(?![\p{L}\p{N}/])";

    private const string NotAStreet =
        @"(?!(?:Sở|Ủy|Uỷ|Phòng|Trung|Văn|Bộ|Chi|Cục|Ban|Công|Tòa|Toà|Viện|Hội|Quyết|Nghị|Thông|Kế|Tờ|Chỉ|Luật|Điều|Khoản"
        + @"|Phụ|Giấy|Ngày|Tháng|Năm|Người|Theo|Tại|Về|Của|Trong|Và|Phó|Chủ)(?!\p{L}))";

    private const string StreetName = $$"""{{NotAStreet}}{{Capitalised}}(?:{{Space}}+{{Capitalised}}){0,3}""";

    private const string Street = $$"""
        (?:(?i:đường|phố|ngõ|ngách|hẻm|kiệt){{Space}}+(?:(?i:số){{Space}}+\d{1,3}(?![\p{L}\p{N}])|{{StreetName}})|{{StreetName}})
        """;

    // "số 12 đường Lê Lợi", "nhà số 45", "ở 12/3 Hùng Vương": a bare number and a name need a cue to be a house.
    private const string House = $$"""
        (?<![\p{L}\p{N}])
        (?:
            (?i:nhà{{Space}}+số|số{{Space}}+nhà){{Space}}+{{HouseNumber}}(?:,?{{Space}}+{{Street}})?
          | (?i:số){{Space}}+{{HouseNumber}},?{{Space}}+{{Street}}
          | (?<=(?<![\p{L}\p{N}])(?i:ở|tại|trú|ngụ|nhà|địa{{Space}}+chỉ){{Space}}*:?{{Space}}+){{HouseNumber}},?{{Space}}+{{Street}}
        )
        """;

    // The unit's own name runs over capitalised syllables and numbers, so it ends at the next comma or period
    // and "thôn này" or "tổ chức" never start one.
    private const string Unit = $$"""
        (?<![\p{L}\p{N}])
        (?:
            (?i:thôn|xóm|ấp|khóm|tổ{{Space}}+dân{{Space}}+(?:phố|cư)|kh(?:u|ối){{Space}}+phố|khu{{Space}}+dân{{Space}}+cư|kiệt|hẻm|ngõ|ngách)
            (?:{{Space}}+(?i:số))?
            (?:{{Space}}+(?:{{HouseNumber}}|{{Capitalised}}|(?i:đường|phố)(?={{Space}}+[\p{Lu}\p{N}]))){1,6}
          | (?i:tổ)(?:{{Space}}+(?i:số))?{{Space}}+\d{1,3}(?![\p{L}\p{N}/])
        )
        """;

    // Places and organisations that begin with a surname or a form of address.
    private static readonly string[] NotPersonalNames =
    [
        "Hà Nội", "Hà Tĩnh", "Hà Giang", "Hà Nam", "Hà Lan", "Lâm Đồng", "Lý Sơn", "Hoàng Sa", "Hồ Chí Minh",
        "Cao Bằng", "Cao Lãnh", "Thái Bình", "Thái Nguyên", "Thái Lan", "Phan Thiết", "Phan Rang",
        "Châu Á", "Châu Âu", "Châu Phi", "Châu Mỹ", "Châu Đốc",
        "Đoàn Thanh niên", "Đoàn Thanh tra", "Đoàn Kiểm tra", "Đoàn Công tác", "Đoàn Giám sát", "Đoàn Luật sư", "Đoàn Đại biểu",
        "Bà Rịa", "Bà Triệu", "Bà Trưng", "Bà Đen", "Bà Nà", "Bác Hồ", "Cô Tô",
    ];

    // A name right after these is a street, school or place named after someone (đường Lê Lợi, phường Trần Phú).
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "đường", "phố", "phường", "xã", "huyện", "quận", "tỉnh", "trấn", "khu", "đảo", "sông", "núi", "làng", "trường",
        "thpt", "thcs", "học", "viện", "cầu", "chợ", "đình", "đền", "chùa", "lăng", "tượng", "lộ", "tuyến", "bến",
        "kiệt", "hẻm", "ngõ", "ngách", "thôn", "xóm", "ấp", "hóa", "hoá",
    };

    private static readonly HashSet<string> PlacePhrases = new(StringComparer.Ordinal)
    {
        "công viên", "ngã tư", "ngã ba", "ngã năm", "mầm non", "tư tưởng", "giải thưởng",
    };

    // "ông Chủ tịch", "tôi là Người dân": a title or a word for people, not a name.
    private static readonly HashSet<string> NotGivenNames = new(StringComparer.Ordinal)
    {
        "Chủ", "Phó", "Trưởng", "Giám", "Bí", "Cán", "Công", "Kế", "Đại", "Chánh", "Thủ", "Tổng", "Hiệu", "Tổ", "Luật",
        "Bộ", "Sở", "Ủy", "Uỷ", "Người", "Đảng", "Giáo", "Cựu", "Chuyên", "Kỹ", "Điều", "Nhân", "Hội", "Ban", "Phòng",
        "Trung", "Các", "Những", "Ông", "Bà", "Chị", "Em", "Cô", "Chú", "Bác", "Cháu",
    };

    public static readonly HashSet<string> FormOfAddressWords = new(FormsOfAddress.Split('|'), StringComparer.Ordinal);

    public static void Find(string text, List<DetectedSpan> spans)
    {
        AddAll(spans, PersonalDataKind.Email, EmailRegex().EnumerateMatches(text));
        AddAll(spans, PersonalDataKind.Phone, PhoneRegex().EnumerateMatches(text));
        AddAll(spans, PersonalDataKind.IdNumber, IdShapeRegex().EnumerateMatches(text));
        foreach (Match match in IdAfterCueRegex().Matches(text))
        {
            var id = match.Groups["id"];
            spans.Add(new(PersonalDataKind.IdNumber, id.Index, id.Index + id.Length));
        }
        AddAll(spans, PersonalDataKind.Address, HouseRegex().EnumerateMatches(text));
        AddAll(spans, PersonalDataKind.Address, UnitRegex().EnumerateMatches(text));
        foreach (var match in FullNameRegex().EnumerateMatches(text))
        {
            if (!IsPlaceOrOrganisation(text, match.Index))
            {
                spans.Add(new(PersonalDataKind.Name, match.Index, match.Index + match.Length));
            }
        }
        foreach (Match match in AddressedNameRegex().Matches(text))
        {
            var name = match.Groups["name"];
            if (!NotGivenNames.Contains(FirstWord(name.Value)) && !IsPlaceOrOrganisation(text, match.Index))
            {
                spans.Add(new(PersonalDataKind.Name, name.Index, name.Index + name.Length));
            }
        }
    }

    /// <summary>The word before position start, lower case, or "" when something other than spaces comes first.</summary>
    public static string PreviousWord(string text, int start, out int wordStart)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\u00A0')
        {
            end--;
        }
        wordStart = end;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return end == start ? "" : text[wordStart..end].ToLowerInvariant();
    }

    private static bool IsPlaceOrOrganisation(string text, int start)
    {
        foreach (var phrase in NotPersonalNames)
        {
            var end = start + phrase.Length;
            if (text.AsSpan(start).StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }
        var previous = PreviousWord(text, start, out var previousStart);
        if (previous.Length == 0)
        {
            return false;
        }
        return PlaceWords.Contains(previous) || PlacePhrases.Contains(PreviousWord(text, previousStart, out _) + " " + previous);
    }

    private static string FirstWord(string words)
    {
        var end = 0;
        while (end < words.Length && char.IsLetter(words[end]))
        {
            end++;
        }
        return words[..end];
    }

    private static void AddAll(List<DetectedSpan> spans, PersonalDataKind kind, Regex.ValueMatchEnumerator matches)
    {
        foreach (var match in matches)
        {
            spans.Add(new(kind, match.Index, match.Index + match.Length));
        }
    }

    [GeneratedRegex(Phone, Options)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(Email, Options)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(IdAfterCue, Options)]
    private static partial Regex IdAfterCueRegex();

    [GeneratedRegex(IdShape, Options)]
    private static partial Regex IdShapeRegex();

    [GeneratedRegex(FullName, Options)]
    private static partial Regex FullNameRegex();

    [GeneratedRegex(AddressedName, Options)]
    private static partial Regex AddressedNameRegex();

    [GeneratedRegex(House, Options)]
    private static partial Regex HouseRegex();

    [GeneratedRegex(Unit, Options)]
    private static partial Regex UnitRegex();
}
