namespace Reporting.Core.Delivery;

/// <summary>The stored (and command-line) names of the delivery enumerations: account-pack, before-renewal, email …</summary>
public static class DeliveryNames
{
    public static string Name(this SubscriptionContentKind kind) => kind switch
    {
        SubscriptionContentKind.AccountPack => "account-pack",
        SubscriptionContentKind.RulePacks => "rule-packs",
        _ => "dashboard-digest",
    };

    public static string Name(this ScheduleKind kind) => kind switch
    {
        ScheduleKind.Cron => "cron",
        ScheduleKind.BeforeRenewal => "before-renewal",
        _ => "before-meeting",
    };

    public static string Name(this RecipientKind kind) => kind switch
    {
        RecipientKind.Member => "member",
        RecipientKind.ContactRole => "contact-role",
        _ => "address",
    };

    public static string Name(this DeliveryChannel channel) => channel == DeliveryChannel.Email ? "email" : "webhook";

    public static SubscriptionContentKind ParseContentKind(string name) => Parse<SubscriptionContentKind>(name, Name);

    public static ScheduleKind ParseScheduleKind(string name) => Parse<ScheduleKind>(name, Name);

    public static RecipientKind ParseRecipientKind(string name) => Parse<RecipientKind>(name, Name);

    public static DeliveryChannel ParseChannel(string name) => Parse<DeliveryChannel>(name, Name);

    private static T Parse<T>(string name, Func<T, string> nameOf) where T : struct, Enum
    {
        var key = name.Trim().ToLowerInvariant();
        foreach (var value in Enum.GetValues<T>())
        {
            if (nameOf(value) == key)
            {
                return value;
            }
        }
        throw new ArgumentException($"'{name}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(nameOf))}");
    }
}
