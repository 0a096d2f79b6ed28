using CchcPublic.Web.Feedback.Statistics;

namespace CchcPublic.Web.Admin.Feedback.Statistics;

/// <summary>The half-year report of Nghị định 20/2008 Art. 22, for any chosen period, laid out to print.</summary>
public sealed class ReportModel(FeedbackStatistics statistics) : StatisticsPage(statistics);
