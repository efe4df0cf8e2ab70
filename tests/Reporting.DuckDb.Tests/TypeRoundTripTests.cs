namespace Reporting.DuckDb.Tests;

/// <summary>Every supported type, with NULLs and edge values, through every write and read path.</summary>
public sealed class TypeRoundTripTests
{
    [Fact]
    public void Boolean() => TypeRoundTrip.Check("BOOLEAN", (true, "true"), (false, "false"));

    [Fact]
    public void TinyInt() => TypeRoundTrip.Check<sbyte>("TINYINT", (sbyte.MinValue, "-128"), (-1, "-1"), (0, "0"), (sbyte.MaxValue, "127"));

    [Fact]
    public void SmallInt() => TypeRoundTrip.Check<short>("SMALLINT", (short.MinValue, "-32768"), (-1, "-1"), (short.MaxValue, "32767"));

    [Fact]
    public void Integer() => TypeRoundTrip.Check("INTEGER", (int.MinValue, "-2147483648"), (0, "0"), (int.MaxValue, "2147483647"));

    [Fact]
    public void BigInt() =>
        TypeRoundTrip.Check("BIGINT", (long.MinValue, "-9223372036854775808"), (-1L, "-1"), (long.MaxValue, "9223372036854775807"));

    [Fact]
    public void UTinyInt() => TypeRoundTrip.Check<byte>("UTINYINT", (0, "0"), (1, "1"), (byte.MaxValue, "255"));

    [Fact]
    public void USmallInt() => TypeRoundTrip.Check<ushort>("USMALLINT", (0, "0"), (ushort.MaxValue, "65535"));

    [Fact]
    public void UInteger() => TypeRoundTrip.Check<uint>("UINTEGER", (0, "0"), (uint.MaxValue, "4294967295"));

    [Fact]
    public void UBigInt() => TypeRoundTrip.Check<ulong>("UBIGINT", (0, "0"), (ulong.MaxValue, "18446744073709551615"));

    [Fact]
    public void HugeInt() => TypeRoundTrip.Check(
        "HUGEINT",
        (Int128.MinValue, "-170141183460469231731687303715884105728"),
        ((Int128)long.MinValue - 1, "-9223372036854775809"),
        (Int128.Zero, "0"),
        ((Int128)ulong.MaxValue + 1, "18446744073709551616"),
        (Int128.MaxValue, "170141183460469231731687303715884105727"));

    [Fact]
    public void Float() => TypeRoundTrip.Check(
        "FLOAT",
        (float.MinValue, "-3.4028235e+38"),
        (-0.1f, "-0.1"),
        (1.5f, "1.5"),
        (float.Epsilon, "1e-45"),
        (float.MaxValue, "3.4028235e+38"),
        (float.PositiveInfinity, "inf"));

    [Fact]
    public void Double() => TypeRoundTrip.Check(
        "DOUBLE",
        (double.MinValue, "-1.7976931348623157e+308"),
        (0.1 + 0.2, "0.30000000000000004"),
        (double.Epsilon, "5e-324"),
        (double.MaxValue, "1.7976931348623157e+308"));

    [Fact]
    public void Decimal_width_4_is_stored_as_smallint() =>
        TypeRoundTrip.Check("DECIMAL(4,2)", (-99.99m, "-99.99"), (-0.01m, "-0.01"), (12.30m, "12.30"), (99.99m, "99.99"));

    [Fact]
    public void Decimal_width_9_is_stored_as_integer() =>
        TypeRoundTrip.Check("DECIMAL(9,4)", (-99999.9999m, "-99999.9999"), (0.0001m, "0.0001"), (12345.6789m, "12345.6789"));

    [Fact]
    public void Decimal_width_18_is_stored_as_bigint() => TypeRoundTrip.Check(
        "DECIMAL(18,6)",
        (-999999999999.999999m, "-999999999999.999999"),
        (-0.000001m, "-0.000001"),
        (123456789012.345678m, "123456789012.345678"));

    [Fact]
    public void Decimal_width_38_is_stored_as_hugeint() => TypeRoundTrip.Check(
        "DECIMAL(38,10)",
        (-123456789012345678.9012345678m, "-123456789012345678.9012345678"),
        (0.0000000001m, "0.0000000001"),
        (7922816251426433759.3543950335m, "7922816251426433759.3543950335"));

    [Fact]
    public void Varchar() => TypeRoundTrip.Check(
        "VARCHAR",
        ("", ""),
        ("twelve bytes", "twelve bytes"),
        ("thirteen byte", "thirteen byte"),
        ("it's \"quoted\"; -- not a comment", "it's \"quoted\"; -- not a comment"),
        ("Grüße, 世界 😀", "Grüße, 世界 😀"));

    [Fact]
    public void Date() => TypeRoundTrip.Check(
        "DATE",
        (new DateOnly(1, 1, 1), "0001-01-01"),
        (new DateOnly(1900, 2, 28), "1900-02-28"),
        (new DateOnly(1969, 12, 31), "1969-12-31"),
        (new DateOnly(1970, 1, 1), "1970-01-01"),
        (new DateOnly(2024, 2, 29), "2024-02-29"),
        (new DateOnly(9999, 12, 31), "9999-12-31"));

    [Fact]
    public void Timestamp() => TypeRoundTrip.Check(
        "TIMESTAMP",
        (new DateTime(1, 1, 1), "0001-01-01 00:00:00"),
        (new DateTime(1900, 1, 1, 0, 0, 0).AddMicroseconds(1), "1900-01-01 00:00:00.000001"),
        (new DateTime(1969, 12, 31, 23, 59, 59).AddMicroseconds(999_999), "1969-12-31 23:59:59.999999"),
        (new DateTime(1970, 1, 1), "1970-01-01 00:00:00"),
        (new DateTime(2026, 3, 1, 9, 30, 0).AddMicroseconds(123_456), "2026-03-01 09:30:00.123456"),
        (new DateTime(9999, 12, 31, 23, 59, 59).AddMicroseconds(999_999), "9999-12-31 23:59:59.999999"));

    [Fact]
    public void TimestampTz_comes_back_as_the_same_instant_in_utc() => TypeRoundTrip.Check(
        "TIMESTAMPTZ",
        (new DateTimeOffset(1969, 12, 31, 23, 59, 59, TimeSpan.Zero).AddMicroseconds(999_999), "1969-12-31 23:59:59.999999+00"),
        (new DateTimeOffset(2026, 3, 1, 7, 30, 0, TimeSpan.Zero).AddMicroseconds(123_456), "2026-03-01 07:30:00.123456+00"),
        (new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), "2000-01-01 00:00:00+00"));

    [Fact]
    public void Interval() => TypeRoundTrip.Check(
        "INTERVAL",
        (new DuckDbInterval(0, 2, 3), "2 days 00:00:00.000003"),
        (new DuckDbInterval(0, -3, -3_600_000_000), "-3 days -01:00:00"),
        (new DuckDbInterval(0, 0, 5_400_000_000), "01:30:00"));

    [Fact]
    public void Lists_read_as_lists_of_their_element_type()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query("SELECT [3, 1, 2] AS numbers, ['a', NULL] AS texts, NULL::INTEGER[] AS none");

        Assert.Equal([3, 1, 2], result.Column<List<int>>("numbers")[0]);
        Assert.Equal(["a", null!], result.Column<List<string>>("texts")[0]);
        Assert.True(result["none"].IsNull(0));
    }

    /// <summary>DuckDB.NET throws reading an INTERVAL with months and binds none; the helpers keep the months.</summary>
    [Fact]
    public void An_interval_with_months_reads_and_binds_with_its_months()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query("SELECT INTERVAL '1 month 2 days 3 microseconds' AS a, $1::INTERVAL::VARCHAR AS b", new DuckDbInterval(-14, -3, -3_600_000_000));

        Assert.Equal(new DuckDbInterval(1, 2, 3), result.Column<DuckDbInterval>("a")[0]);
        Assert.Equal("-1 year -2 months -3 days -01:00:00", result.Column<string>("b")[0]);
    }

    /// <summary>DuckDB.NET's appender writes intervals as TimeSpan, which has no months: refused rather than guessed.</summary>
    [Fact]
    public void The_appender_refuses_an_interval_with_months()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(v INTERVAL)");
        using var appender = db.Connection.CreateCheckedAppender("t");

        var error = Assert.Throws<InvalidOperationException>(() => appender.Append(new DuckDbInterval(1, 0, 0)));

        Assert.Equal("An interval of 1 month(s) has no fixed length.", error.Message);
    }

    [Fact]
    public void Enum() => TypeRoundTrip.CheckWithSetup(
        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'très content')",
        "mood",
        ("sad", "sad"),
        ("happy", "happy"),
        ("très content", "très content"));

    [Fact]
    public void Blob() => TypeRoundTrip.Check(
        "BLOB",
        (Array.Empty<byte>(), ""),
        (new byte[] { 0x00, 0x01, 0xFF }, "\\x00\\x01\\xFF"),
        ("twelve bytes"u8.ToArray(), "twelve bytes"),
        ("thirteen byte"u8.ToArray(), "thirteen byte"));

    [Fact]
    public void Time() => TypeRoundTrip.Check(
        "TIME",
        (TimeOnly.MinValue, "00:00:00"),
        (new TimeOnly(12, 34, 56).Add(TimeSpan.FromMicroseconds(789_012)), "12:34:56.789012"),
        (new TimeOnly(23, 59, 59).Add(TimeSpan.FromMicroseconds(999_999)), "23:59:59.999999"));

    [Fact]
    public void Enum_with_more_than_256_labels_is_stored_in_two_bytes() => TypeRoundTrip.CheckWithSetup(
        "CREATE TYPE label AS ENUM (SELECT 'label ' || range FROM range(300))",
        "label",
        ("label 0", "label 0"),
        ("label 255", "label 255"),
        ("label 256", "label 256"),
        ("label 299", "label 299"));

    [Theory]
    [InlineData("DECIMAL(4,1)", "-1.5", -15, 1)]
    [InlineData("DECIMAL(9,4)", "-1.5", -15000, 4)]
    [InlineData("DECIMAL(18,9)", "-1.5", -1500000000, 9)]
    public void Decimal_keeps_the_column_scale_and_sign(string sqlType, string literal, double unscaled, int scale)
    {
        using var db = MemoryDatabase.Open();
        var value = db.Connection.Query($"SELECT CAST($1 AS {sqlType}) AS d", literal).Column<decimal>("d")[0];

        Assert.Equal(scale, value.Scale);
        Assert.Equal((decimal)unscaled, value * (decimal)Math.Pow(10, scale));
        Assert.Equal(-1.5m, value);
    }

    [Fact]
    public void UHugeInt_and_timestamp_units_are_read()
    {
        using var db = MemoryDatabase.Open();
        var result = db.Connection.Query("""
            SELECT 340282366920938463463374607431768211455::UHUGEINT AS u,
                   TIMESTAMP_S '1969-12-31 23:59:59' AS s,
                   TIMESTAMP_MS '2026-03-01 09:30:00.123' AS ms,
                   TIMESTAMP_NS '2026-03-01 09:30:00.123456789' AS ns
            """);

        Assert.Equal(UInt128.MaxValue, result.Column<UInt128>("u")[0]);
        Assert.Equal(new DateTime(1969, 12, 31, 23, 59, 59), result.Column<DateTime>("s")[0]);
        Assert.Equal(new DateTime(2026, 3, 1, 9, 30, 0, 123), result.Column<DateTime>("ms")[0]);
        // DateTime counts 100 ns ticks: the last two nanosecond digits are dropped, rounding down.
        Assert.Equal(new DateTime(2026, 3, 1, 9, 30, 0, 123).AddTicks(4567), result.Column<DateTime>("ns")[0]);
    }

    [Theory]
    [InlineData("'infinity'::TIMESTAMP")]
    [InlineData("'-infinity'::TIMESTAMP")]
    [InlineData("'infinity'::TIMESTAMPTZ")]
    [InlineData("TIMESTAMP '10000-01-01 00:00:00'")]
    [InlineData("'infinity'::TIMESTAMP_S")]
    public void A_timestamp_beyond_datetimes_range_throws_instead_of_wrapping_around(string literal)
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.ThrowsAny<Exception>(() => db.Connection.Query($"SELECT {literal} AS t"));

        Assert.IsType<OverflowException>(error);
        Assert.Contains("outside the years 1 to 9999", error.Message);
    }
}
