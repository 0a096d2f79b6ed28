using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CchcPublic.Web.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    AccessKeyHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProcedureName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SubjectAgencyId = table.Column<int>(type: "integer", nullable: true),
                    Commune = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReceivedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ApiClient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    HoldingAgencyId = table.Column<int>(type: "integer", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentToProcessing = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AllowPublishAnswer = table.Column<bool>(type: "boolean", nullable: false),
                    AnswerText = table.Column<string>(type: "text", nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    ContentFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    Day = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackCodeCounters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProtectedRecipient = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProtectedBody = table.Column<string>(type: "text", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GaveUp = table.Column<bool>(type: "boolean", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: true),
                    PublicNote = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    InternalNote = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
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
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: true),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
