using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Core.Kpis;
using Reporting.Documents.Cube;
using Reporting.Documents.Ebr;
using Reporting.Documents.Kpis;
using Reporting.Documents.Surveys;
using Reporting.Web.Cube;
using Reporting.Web.Dashboards;
using Reporting.Web.Delivery;
using Reporting.Web.Embed;
using Reporting.Web.Ebr;
using Reporting.Web.Ingest;
using Reporting.Web.Kpis;
using Reporting.Web.Operations;
using Reporting.Web.Requests;
using Reporting.Web.Security;
using Reporting.Web.SignIn;
using Reporting.Web.Signals;
using Reporting.Web.SignIn.Oidc;
using Reporting.Web.Storage;
using Reporting.Web.Surveys;

var builder = WebApplication.CreateBuilder(args);

builder.AddReportingSecurity();
builder.AddReportingTelemetry();
builder.AddReportingApiDocs();
builder.AddReportingStorage();
builder.AddReportingIngest();
builder.AddReportingCube();
builder.AddReportingKpis();
builder.AddReportingSignals();
builder.AddReportingDashboards();
builder.AddReportingSurveys();
builder.AddReportingEmbeds();
builder.AddReportingEbr();
builder.AddReportingSubscriptions();
builder.Services.AddRazorPages(pages => pages.Conventions.AddPageRoute("/Dashboards/Dashboard", ""));
builder.Services.ConfigureHttpJsonOptions(json =>
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
// After AddRazorPages: its page conventions need the Razor Pages options set up first.
builder.AddReportingSignIn();

var app = builder.Build();
// Before any endpoint is mapped or request served: model and catalog checked, settings tables written.
DatabaseStartup.Prepare(app.Services);

app.UseReportingSecurity();
app.UseReportingRequestGuards();
app.UseReportingMetrics();
app.UseStaticFiles();
app.UseReportingEmbeds();
app.UseReportingSignIn();
app.MapReportingStorage();
app.MapReportingIngest();
app.MapReportingCube();
app.MapReportingKpis();
app.MapReportingSignals();
app.MapReportingDashboards();
app.MapReportingSurveys();
app.MapReportingEmbeds();
app.MapReportingEbr();
app.MapReportingSubscriptions();
app.MapReportingOidc();
app.MapRazorPages();
app.MapReportingApiDocs();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
