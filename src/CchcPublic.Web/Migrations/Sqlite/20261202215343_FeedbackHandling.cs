using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcPublic.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedbackHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_HoldingAgencyId",
                table: "FeedbackCases");

            migrationBuilder.AddColumn<string>(
                name: "AgencyName",
                table: "FeedbackEvents",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedUtc",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerDraft",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedName",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedUserId",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Classification",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClassifiedUtc",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedUtc",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftedByName",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftedByUserId",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DuplicateOfId",
                table: "FeedbackCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EscalatedOn",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtendedUtc",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ForwardDueDate",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ForwardedUtc",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PausedUtc",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Publication",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                // Cases received before this migration have nothing published: store the state's name, not an empty string.
                defaultValue: "None");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RemindedOn",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewStage",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoutingExplanation",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedAnswerId",
                table: "ContentChanges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Keywords",
                table: "AgencySuccessions",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PublishedAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WithdrawnUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedAnswers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublishedAnswers_FeedbackCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "FeedbackCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_DuplicateOfId",
                table: "FeedbackCases",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_HoldingAgencyId_Status",
                table: "FeedbackCases",
                columns: new[] { "HoldingAgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_ReceivedUtc",
                table: "FeedbackCases",
                column: "ReceivedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_Status_ClosedUtc",
                table: "FeedbackCases",
                columns: new[] { "Status", "ClosedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_AgencyId",
                table: "PublishedAnswers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_CaseId",
                table: "PublishedAnswers",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_Code",
                table: "PublishedAnswers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_WithdrawnUtc_PublishedUtc",
                table: "PublishedAnswers",
                columns: new[] { "WithdrawnUtc", "PublishedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedAnswers");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_DuplicateOfId",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_HoldingAgencyId_Status",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_ReceivedUtc",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_Status_ClosedUtc",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AgencyName",
                table: "FeedbackEvents");

            migrationBuilder.DropColumn(
                name: "AnonymisedUtc",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnswerDraft",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AssignedName",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AssignedUserId",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "Classification",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ClassifiedUtc",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ClosedUtc",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "DraftedByName",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "DraftedByUserId",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "DuplicateOfId",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "EscalatedOn",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ExtendedUtc",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ForwardDueDate",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ForwardedUtc",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PausedUtc",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "Publication",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "RemindedOn",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ReviewStage",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "RoutingExplanation",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PublishedAnswerId",
                table: "ContentChanges");

            migrationBuilder.DropColumn(
                name: "Keywords",
                table: "AgencySuccessions");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_HoldingAgencyId",
                table: "FeedbackCases",
                column: "HoldingAgencyId");
        }
    }
}
