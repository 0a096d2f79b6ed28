using CchcPublic.Web.Feedback.Deadlines;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback.Handling;

public enum DeadlineFlag
{
    None,
    NearDue,
    Overdue,
    Paused,
}

/// <summary>Working-day deadlines of a case: which one runs now, how it pauses, and how close it is.</summary>
public sealed class CaseDeadlines(WorkingCalendar calendar, FeedbackSettings settings)
{
    public WorkingCalendar Calendar => calendar;

    /// <summary>The deadline running now: classifying/forwarding while received, answering afterwards; none when finished.</summary>
    public static DateOnly? Running(FeedbackCase feedback) => feedback.Status switch
    {
        FeedbackStatus.Received => feedback.ForwardDueDate,
        FeedbackStatus.Forwarded or FeedbackStatus.InProgress or FeedbackStatus.InReview or FeedbackStatus.Reopened
            or FeedbackStatus.AwaitingInformation => feedback.DueDate ?? feedback.ForwardDueDate,
        _ => null,
    };

    public DeadlineFlag Flag(FeedbackCase feedback, DateOnly today) =>
        Flag(feedback.Status, Running(feedback), today);

    public DeadlineFlag Flag(FeedbackStatus status, DateOnly? due, DateOnly today)
    {
        if (status == FeedbackStatus.AwaitingInformation)
            return DeadlineFlag.Paused;
        if (due is not { } date || !FeedbackStatuses.IsOpen(status))
            return DeadlineFlag.None;
        if (today > date)
            return DeadlineFlag.Overdue;
        return calendar.WorkingDaysBetween(today, date) <= settings.Deadlines.NearDueWorkingDays ? DeadlineFlag.NearDue : DeadlineFlag.None;
    }

    public DateOnly ForwardDue(string category, DateOnly received) => calendar.AddWorkingDays(received, settings.ForwardWorkingDays(category));

    public DateOnly AnswerDue(string category, DateOnly from) => calendar.AddWorkingDays(from, settings.AnswerWorkingDays(category));

    /// <summary>Moves both deadlines on by the working days spent waiting for the sender.</summary>
    public void Resume(FeedbackCase feedback, DateOnly pausedOn, DateOnly resumedOn)
    {
        var waited = calendar.WorkingDaysBetween(pausedOn, resumedOn);
        if (waited <= 0)
            return;
        if (feedback.DueDate is { } due)
            feedback.DueDate = calendar.AddWorkingDays(due, waited);
        if (feedback.ForwardDueDate is { } forward)
            feedback.ForwardDueDate = calendar.AddWorkingDays(forward, waited);
    }

    public static string Label(DeadlineFlag flag) => flag switch
    {
        DeadlineFlag.NearDue => "Sắp đến hạn",
        DeadlineFlag.Overdue => "Quá hạn",
        DeadlineFlag.Paused => "Tạm dừng (chờ người gửi)",
        _ => "",
    };
}
