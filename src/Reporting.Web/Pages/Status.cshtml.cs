using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reporting.Web.Pages;

/// <summary>
/// What a person sees when a page answers a status without a body (a missing account, a path that
/// does not exist): the site's layout with a sentence, under the original status code. APIs answer
/// ProblemDetails instead (SecurityRegistration).
/// </summary>
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is no such page, dashboard or account."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your role does not allow this page. An admin can change roles."),
            StatusCodes.Status400BadRequest => ("This request cannot be answered", "A parameter of the address is not one the page understands."),
            _ => ("Something went wrong", $"The server answered {code}."),
        };
    }
}
