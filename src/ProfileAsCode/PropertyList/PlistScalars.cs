using System.Collections.Immutable;
using System.Globalization;

namespace ProfileAsCode.PropertyList;

public sealed class PlistString(string value) : PlistValue
{
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    public override PlistKind Kind => PlistKind.String;

    public override bool Equals(PlistValue? other) => other is PlistString s && string.Equals(Value, s.Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;
}

/// <summary>An integer in the range CFNumber can hold: −2⁶³ … 2⁶⁴−1.</summary>
public sealed class PlistInteger : PlistValue
{
    public static readonly Int128 MinValue = long.MinValue;
    public static readonly Int128 MaxValue = ulong.MaxValue;

    public PlistInteger(long value) => Value = value;

    public PlistInteger(ulong value) => Value = value;

    public PlistInteger(Int128 value)
    {
        if (value < MinValue || value > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A property-list integer must lie between -2^63 and 2^64-1.");
        }

        Value = value;
    }

    public Int128 Value { get; }

    public override PlistKind Kind => PlistKind.Integer;

    public override bool Equals(PlistValue? other) => other is PlistInteger i && i.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed class PlistReal(double value) : PlistValue
{
    public double Value { get; } = value;

    public override PlistKind Kind => PlistKind.Real;

    public override bool Equals(PlistValue? other) =>
        other is PlistReal r && BitConverter.DoubleToInt64Bits(r.Value) == BitConverter.DoubleToInt64Bits(Value);

    public override int GetHashCode() => BitConverter.DoubleToInt64Bits(Value).GetHashCode();

    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

public sealed class PlistBoolean : PlistValue
{
    public static readonly PlistBoolean True = new(true);
    public static readonly PlistBoolean False = new(false);

    private PlistBoolean(bool value) => Value = value;

    public bool Value { get; }

    public override PlistKind Kind => PlistKind.Boolean;

    public static PlistBoolean From(bool value) => value ? True : False;

    public override bool Equals(PlistValue? other) => other is PlistBoolean b && b.Value == Value;

    public override int GetHashCode() => Value ? 1 : 0;

    public override string ToString() => Value ? "true" : "false";
}

/// <summary>
/// A point in time, held in UTC. XML plists keep whole seconds only; binary plists keep the
/// fraction, so the model keeps whatever it is given.
/// </summary>
public sealed class PlistDate : PlistValue
{
    public PlistDate(DateTime value)
    {
        if (value.Kind == DateTimeKind.Unspecified)
        {
            throw new ArgumentException("A property-list date needs a DateTimeKind (Utc or Local); Unspecified is ambiguous.", nameof(value));
        }

        Value = value.ToUniversalTime();
    }

    public PlistDate(DateTimeOffset value) => Value = value.UtcDateTime;

    public DateTime Value { get; }

    public override PlistKind Kind => PlistKind.Date;

    public override bool Equals(PlistValue? other) => other is PlistDate d && d.Value.Ticks == Value.Ticks;

    public override int GetHashCode() => Value.Ticks.GetHashCode();

    public override string ToString() => Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

public sealed class PlistData : PlistValue
{
    public PlistData(ReadOnlySpan<byte> value) => Value = value.ToImmutableArray();

    public PlistData(ImmutableArray<byte> value) => Value = value.IsDefault ? ImmutableArray<byte>.Empty : value;

    public ImmutableArray<byte> Value { get; }

    public override PlistKind Kind => PlistKind.Data;

    public override bool Equals(PlistValue? other) => other is PlistData d && d.Value.AsSpan().SequenceEqual(Value.AsSpan());

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Value.AsSpan());
        return hash.ToHashCode();
    }

    public override string ToString() => Convert.ToBase64String(Value.AsSpan());
}
