namespace CchcPublic.Web.Feedback;

/// <summary>Model of the fields shared by the public form and the officials' intake form.</summary>
public sealed record FeedbackFieldsView(FeedbackForm Form, FeedbackFormOptions Choices, bool ComplaintSuspected, bool ForOfficial);
