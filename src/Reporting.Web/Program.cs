using Reporting.Web.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddReportingStorage();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseStaticFiles();
app.MapReportingStorage();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
