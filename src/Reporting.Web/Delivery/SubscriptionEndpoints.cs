using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Core.Delivery;
using Reporting.Web.Operations;
using Reporting.Web.SignIn;

namespace Reporting.Web.Delivery;

/// <summary>
/// /api/subscriptions: list, read, create, edit, pause, resume, remove, send a test to me, and the
/// last deliveries, for signed-in team members (a subscription has a creator and reads in their
/// scope: API keys are refused). Bad input is a 400 naming each field; another's subscription a 404.
/// </summary>
public static class SubscriptionEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapReportingSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/subscriptions").WithTags("Subscriptions").AddEndpointFilter(MembersOnly).Refuses(401, 403);
        group.MapGet("", List).WithName("Subscriptions").WithSummary("The subscriptions the caller sees (admins and leaders: all; others: those they created or receive).");
        group.MapPost("", Create).RequireAuthorization(AccessPolicies.Exports).WithName("CreateSubscription").WithSummary("Creates a subscription (JSON: name, content, recipients, schedule, channel, webhookUrl).")
            .Accepts<SubscriptionRequest>("application/json").Refuses(400, 415);
        group.MapGet("/{id}", Read).WithName("Subscription").WithSummary("One subscription and its last deliveries.").Refuses(404);
        group.MapPut("/{id}", Update).RequireAuthorization(AccessPolicies.Exports).WithName("UpdateSubscription").WithSummary("Replaces what, to whom and when.")
            .Accepts<SubscriptionRequest>("application/json").Refuses(400, 404, 415);
        group.MapPut("/{id}/paused", SetPaused).RequireAuthorization(AccessPolicies.Exports).WithName("PauseSubscription").WithSummary("Pauses ({\"paused\": true}) or resumes ({\"paused\": false}) a subscription.").Refuses(400, 404);
        group.MapDelete("/{id}", Remove).RequireAuthorization(AccessPolicies.Exports).WithName("RemoveSubscription").Refuses(404);
        group.MapPost("/{id}/test", SendTestAsync).WithName("SendSubscriptionTest")
            .WithSummary("Sends one occurrence now to the caller only ({} or {\"to\": the caller's e-mail}), in the caller's scope.").Refuses(400, 404);
        return endpoints;
    }

    private static async ValueTask<object?> MembersOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.User.IsTeamMember()
            ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Subscriptions belong to team members",
                detail: "sign in as a team member: a subscription has a creator and reads in their scope");

    public static Ok<IReadOnlyList<SubscriptionView>> List(ClaimsPrincipal user, SubscriptionStore store) =>
        TypedResults.Ok<IReadOnlyList<SubscriptionView>>(user.Visible(store).Select(SubscriptionView.Of).ToList());

    public static Results<Ok<SubscriptionDetail>, ProblemHttpResult> Read(string id, ClaimsPrincipal user, SubscriptionStore store) =>
        Find(id, user, store, manage: false) is { } s
            ? TypedResults.Ok(new SubscriptionDetail(SubscriptionView.Of(s), store.Deliveries(s.Id, 50)))
            : NotFound(id);

    public static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> Create(
        HttpRequest request, ClaimsPrincipal user, SubscriptionEditor editor, CancellationToken cancellationToken)
    {
        var read = await BodyAsync(request, cancellationToken);
        if (read.Request is not { } body)
        {
            return read.Refusal!;
        }
        var edit = editor.Create(body, user.Email()!, cancellationToken);
        return edit.Saved is { } saved ? TypedResults.Ok(SubscriptionView.Of(saved)) : Invalid(edit.Problems);
    }

    public static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> Update(
        string id, HttpRequest request, ClaimsPrincipal user, SubscriptionStore store, SubscriptionEditor editor, CancellationToken cancellationToken)
    {
        if (Find(id, user, store, manage: true) is not { } existing)
        {
            return NotFound(id);
        }
        var read = await BodyAsync(request, cancellationToken);
        if (read.Request is not { } body)
        {
            return read.Refusal!;
        }
        var edit = editor.Update(existing, body, cancellationToken);
        return edit.Saved is { } saved ? TypedResults.Ok(SubscriptionView.Of(saved)) : Invalid(edit.Problems);
    }

    public static Results<Ok<SubscriptionView>, ProblemHttpResult> SetPaused(string id, PauseRequest body, ClaimsPrincipal user, SubscriptionStore store)
    {
        if (Find(id, user, store, manage: true) is not { } subscription)
        {
            return NotFound(id);
        }
        store.SetPaused(subscription.Id, body.Paused);
        return TypedResults.Ok(SubscriptionView.Of(store.Find(subscription.Id)!));
    }

    public static Results<Ok<SubscriptionView>, ProblemHttpResult> Remove(string id, ClaimsPrincipal user, SubscriptionStore store)
    {
        if (Find(id, user, store, manage: true) is not { } subscription)
        {
            return NotFound(id);
        }
        store.Remove(subscription.Id);
        return TypedResults.Ok(SubscriptionView.Of(subscription));
    }

    public static async Task<Results<Ok<IReadOnlyList<DeliveryRecord>>, ProblemHttpResult>> SendTestAsync(
        string id, SendTestRequest body, ClaimsPrincipal user, SubscriptionStore store, SendTest test, CancellationToken cancellationToken)
    {
        if (Find(id, user, store, manage: false) is not { } subscription)
        {
            return NotFound(id);
        }
        if (body.To is { } to && !string.Equals(to.Trim(), user.Email(), StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: 400, title: "A test goes to you only", detail: $"to: a test goes to the caller ({user.Email()}), not '{Core.Text.Echo.Short(to)}'", extensions: Field("to"));
        }
        return TypedResults.Ok(await test.SendAsync(subscription.Id, user.Email()!, cancellationToken));
    }

    /// <summary>The subscription when the caller may see it (or change it, with <paramref name="manage"/>); else null, as if there were none.</summary>
    public static Subscription? Find(long id, ClaimsPrincipal user, SubscriptionStore store, bool manage) =>
        store.Find(id) is { } s && (manage ? user.MayManage(s) : user.MaySee(s)) ? s : null;

    /// <summary>The same for an id from a URL: one that is not a number is no subscription.</summary>
    public static Subscription? Find(string id, ClaimsPrincipal user, SubscriptionStore store, bool manage) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? Find(number, user, store, manage) : null;

    private static async Task<(SubscriptionRequest? Request, ProblemHttpResult? Refusal)> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body is not JSON",
                detail: "send the subscription as application/json", extensions: Field("body")));
        }
        try
        {
            return await JsonSerializer.DeserializeAsync<SubscriptionRequest>(request.Body, Json, cancellationToken) is { } body
                ? (body, null)
                : (null, TypedResults.Problem(statusCode: 400, title: "The body is not a subscription", detail: "the body is null", extensions: Field("body")));
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, TypedResults.Problem(statusCode: 400, title: "The body is not a subscription",
                detail: $"{field}: not readable as JSON of the expected type (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})", extensions: Field(field)));
        }
    }

    public static ProblemHttpResult Invalid(IReadOnlyList<SubscriptionProblem> problems) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The subscription cannot be saved",
            detail: string.Join("; ", problems), extensions: new Dictionary<string, object?>
            {
                ["field"] = problems[0].Field,
                ["problems"] = problems.Select(p => new { field = p.Field, message = p.Message }).ToList(),
            });

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no subscription '{Core.Text.Echo.Short(id)}'", extensions: Field("id"));

    private static Dictionary<string, object?> Field(string field) => new() { ["field"] = field };
}
