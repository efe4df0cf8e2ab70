namespace Reporting.Seed.Comments;

/// <summary>A language a customer may write in.</summary>
internal enum CommentLanguage
{
    English,
    German,
    French,
    Spanish,
}

/// <summary>One verbatim per theme in German, French and Spanish: the theme dictionary is multilingual.</summary>
internal static class CommentTranslations
{
    public static IReadOnlyDictionary<CommentTheme, string> German { get; } = new Dictionary<CommentTheme, string>
    {
        [CommentTheme.Chasing] = "Wir mussten {n} Mal nachhaken, um überhaupt eine Antwort zu bekommen.",
        [CommentTheme.Waiting] = "Wir warten viel zu lange auf eine erste Antwort vom Support.",
        [CommentTheme.Handoffs] = "Ich musste mein Problem {n} verschiedenen Leuten erklären, das Ticket wird ständig weitergereicht.",
        [CommentTheme.NotResolved] = "Das Ticket wurde geschlossen, aber das Problem ist nicht gelöst.",
        [CommentTheme.Outage] = "Der Ausfall letzte Woche hat unser ganzes Team lahmgelegt.",
        [CommentTheme.Billing] = "Die Rechnung war schon wieder falsch.",
        [CommentTheme.Onboarding] = "Das Onboarding hat viel länger gedauert als versprochen.",
        [CommentTheme.Bug] = "Ein Fehler im Export macht unsere Berichte kaputt.",
        [CommentTheme.Price] = "Gutes Produkt, aber der Preis ist zu hoch.",
        [CommentTheme.RenewalThreat] = "Ohne Rabatt werden wir den Vertrag nicht verlängern.",
        [CommentTheme.Praise] = "Tolles Produkt und ein sehr hilfsbereites Team, vielen Dank!",
    };

    public static IReadOnlyDictionary<CommentTheme, string> French { get; } = new Dictionary<CommentTheme, string>
    {
        [CommentTheme.Chasing] = "Nous avons dû relancer l'équipe {n} fois pour obtenir une réponse.",
        [CommentTheme.Waiting] = "Nous attendons beaucoup trop longtemps une première réponse du support.",
        [CommentTheme.Handoffs] = "J'ai dû expliquer mon problème à {n} personnes différentes.",
        [CommentTheme.NotResolved] = "Le ticket a été fermé mais le problème n'est pas résolu.",
        [CommentTheme.Outage] = "La panne de la semaine dernière a bloqué toute notre équipe.",
        [CommentTheme.Billing] = "La facture était encore erronée.",
        [CommentTheme.Onboarding] = "L'onboarding a pris beaucoup plus de temps que prévu.",
        [CommentTheme.Bug] = "Un bug dans l'export casse nos rapports.",
        [CommentTheme.Price] = "Bon produit, mais le prix est difficile à justifier.",
        [CommentTheme.RenewalThreat] = "Sans remise, nous ne renouvellerons pas le contrat.",
        [CommentTheme.Praise] = "Excellent produit et une équipe très réactive, merci !",
    };

    public static IReadOnlyDictionary<CommentTheme, string> Spanish { get; } = new Dictionary<CommentTheme, string>
    {
        [CommentTheme.Chasing] = "Tuvimos que perseguir al equipo {n} veces para obtener una respuesta.",
        [CommentTheme.Waiting] = "Esperamos demasiado tiempo la primera respuesta del soporte.",
        [CommentTheme.Handoffs] = "Tuve que explicar mi problema a {n} personas distintas.",
        [CommentTheme.NotResolved] = "Cerraron el ticket pero el problema no está resuelto.",
        [CommentTheme.Outage] = "La caída de la semana pasada paralizó a todo nuestro equipo.",
        [CommentTheme.Billing] = "La factura volvió a llegar con errores.",
        [CommentTheme.Onboarding] = "El onboarding tardó mucho más de lo prometido.",
        [CommentTheme.Bug] = "Un error en la exportación rompe nuestros informes.",
        [CommentTheme.Price] = "Buen producto, pero el precio es difícil de justificar.",
        [CommentTheme.RenewalThreat] = "Sin un descuento no vamos a renovar.",
        [CommentTheme.Praise] = "Excelente producto y un equipo muy atento, ¡gracias!",
    };
}
