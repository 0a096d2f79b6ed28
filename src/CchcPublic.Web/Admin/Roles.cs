namespace CchcPublic.Web.Admin;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Publisher = nameof(Publisher);
    public const string Editor = nameof(Editor);
    public const string Coordinator = nameof(Coordinator);
    public const string AgencyHandler = nameof(AgencyHandler);
    public const string AgencyApprover = nameof(AgencyApprover);

    public static readonly IReadOnlyList<string> All = [Administrator, Publisher, Editor, Coordinator, AgencyHandler, AgencyApprover];

    /// <summary>Roles bound to one agency: the user's agency decides which cases they see.</summary>
    public static readonly IReadOnlyList<string> AgencyBound = [AgencyHandler, AgencyApprover];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        Publisher => "Người duyệt đăng",
        Editor => "Biên tập viên",
        Coordinator => "Điều phối (Văn phòng UBND tỉnh)",
        AgencyHandler => "Cán bộ xử lý của cơ quan",
        AgencyApprover => "Lãnh đạo cơ quan (duyệt câu trả lời)",
        _ => role,
    };
}
