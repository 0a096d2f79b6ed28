namespace CchcPublic.Web.Admin;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Publisher = nameof(Publisher);
    public const string Editor = nameof(Editor);
    public const string Coordinator = nameof(Coordinator);
    public const string AgencyHandler = nameof(AgencyHandler);

    public static readonly IReadOnlyList<string> All = [Administrator, Publisher, Editor, Coordinator, AgencyHandler];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        Publisher => "Người duyệt đăng",
        Editor => "Biên tập viên",
        Coordinator => "Điều phối (Văn phòng UBND tỉnh)",
        AgencyHandler => "Cán bộ xử lý của cơ quan",
        _ => role,
    };
}
