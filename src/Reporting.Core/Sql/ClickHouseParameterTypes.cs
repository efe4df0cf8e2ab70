using System.Collections;
using System.Globalization;

namespace Reporting.Core.Sql;

/// <summary>
/// The ClickHouse type a bound value is declared with in its placeholder ({p1:Int64}): ClickHouse
/// parameters are named and typed in the text, so the type comes from the CLR value.
/// </summary>
internal static class ClickHouseParameterTypes
{
    public static string Of(object? value) => value switch
    {
        null or DBNull => "Nullable(String)",
        string => "String",
        bool => "Bool",
        sbyte or short or int or long => "Int64",
        byte or ushort or uint or ulong => "UInt64",
        float or double => "Float64",
        decimal d => string.Create(CultureInfo.InvariantCulture, $"Decimal(38, {d.Scale})"),
        // Timestamps are compared with DateTime64(6, 'UTC') columns: the value is a UTC wall-clock time.
        DateTime => "DateTime64(6, 'UTC')",
        DateOnly => "Date32",
        Guid => "UUID",
        IEnumerable list => $"Array({Element(list)})",
        _ => throw new NotSupportedException($"A parameter has a value of type {value.GetType().Name}, which has no ClickHouse type here."),
    };

    /// <summary>An array's element type, from its declared element type (an empty list has no value to read it from).</summary>
    private static string Element(IEnumerable list)
    {
        var type = list.GetType();
        var element = type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return element is null || element == typeof(object)
            ? throw new NotSupportedException($"A list parameter of type {type.Name} does not say its element type.")
            : Of(Sample(element));
    }

    private static object Sample(Type element) => element == typeof(string) ? "" : Activator.CreateInstance(element)!;
}
