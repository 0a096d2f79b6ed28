using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcPublic.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndexing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ContentItemId",
                table: "ContentChanges",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "ContentChanges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentChanges_AgencyId",
                table: "ContentChanges",
                column: "AgencyId");

            migrationBuilder.AddForeignKey(
                name: "FK_ContentChanges_Agencies_AgencyId",
                table: "ContentChanges",
                column: "AgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContentChanges_Agencies_AgencyId",
                table: "ContentChanges");

            migrationBuilder.DropIndex(
                name: "IX_ContentChanges_AgencyId",
                table: "ContentChanges");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "ContentChanges");

            migrationBuilder.AlterColumn<int>(
                name: "ContentItemId",
                table: "ContentChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
