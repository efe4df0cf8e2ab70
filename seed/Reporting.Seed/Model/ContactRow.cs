namespace Reporting.Seed.Model;

internal enum ContactRole
{
    Executive,
    Champion,
    Admin,
    User,
}

/// <summary>A dim_contact row.</summary>
internal sealed record ContactRow(string ContactId, string AccountId, string Name, string Email, ContactRole Role)
{
    public string RoleName => Role switch
    {
        ContactRole.Executive => "executive",
        ContactRole.Champion => "champion",
        ContactRole.Admin => "admin",
        ContactRole.User => "user",
        _ => throw new InvalidOperationException($"Unknown role {Role}."),
    };
}
