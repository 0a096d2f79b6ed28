using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcPublic.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedbackIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AccessKeyHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProcedureName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SubjectAgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReceivedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApiClient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HoldingAgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsentToProcessing = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AllowPublishAnswer = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnswerText = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackCases_Agencies_HoldingAgencyId",
                        column: x => x.HoldingAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackCases_Agencies_SubjectAgencyId",
                        column: x => x.SubjectAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackCodeCounters",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackCodeCounters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProtectedRecipient = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProtectedBody = table.Column<string>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GaveUp = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicNote = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    InternalNote = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackEvents_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackEvents_FeedbackCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "FeedbackCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackSenders",
                columns: table => new
                {
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackSenders", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_FeedbackSenders_FeedbackCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "FeedbackCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackAttachments_FeedbackCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "FeedbackCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackAttachments_FeedbackEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "FeedbackEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackAttachments_CaseId",
                table: "FeedbackAttachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackAttachments_EventId",
                table: "FeedbackAttachments",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackAttachments_StoredName",
                table: "FeedbackAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_Code",
                table: "FeedbackCases",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_ContentFingerprint_ReceivedUtc",
                table: "FeedbackCases",
                columns: new[] { "ContentFingerprint", "ReceivedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_HoldingAgencyId",
                table: "FeedbackCases",
                column: "HoldingAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_Status_ReceivedUtc",
                table: "FeedbackCases",
                columns: new[] { "Status", "ReceivedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_SubjectAgencyId",
                table: "FeedbackCases",
                column: "SubjectAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEvents_AgencyId",
                table: "FeedbackEvents",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEvents_CaseId_OccurredUtc",
                table: "FeedbackEvents",
                columns: new[] { "CaseId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackSenders_Email",
                table: "FeedbackSenders",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackSenders_Phone",
                table: "FeedbackSenders",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_SentUtc_NextAttemptUtc",
                table: "OutboxMails",
                columns: new[] { "SentUtc", "NextAttemptUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackAttachments");

            migrationBuilder.DropTable(
                name: "FeedbackCodeCounters");

            migrationBuilder.DropTable(
                name: "FeedbackSenders");

            migrationBuilder.DropTable(
                name: "OutboxMails");

            migrationBuilder.DropTable(
                name: "FeedbackEvents");

            migrationBuilder.DropTable(
                name: "FeedbackCases");
        }
    }
}
