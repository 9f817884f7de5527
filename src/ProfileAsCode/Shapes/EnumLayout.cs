using System.Globalization;

namespace ProfileAsCode.Shapes;

/// <summary>
/// How an enum is written, decided once for the analyzer and the build host: as plist strings (each member's
/// [PayloadValue], else its name) or, when the enum carries [PayloadIntegerValues], as plist integers (each
/// member's number). Readers map a written value back with <see cref="FindWritten"/> or <see cref="FindNumber"/>.
/// </summary>
internal sealed class EnumLayout
{
    public EnumLayout(bool writesIntegers, IReadOnlyList<EnumValue> values)
    {
        WritesIntegers = writesIntegers;
        Values = values;
    }

    /// <summary>[PayloadIntegerValues]: every value, member or not, is written as <c>&lt;integer&gt;</c>, its number.</summary>
    public bool WritesIntegers { get; }

    /// <summary>The members in declaration order (aliases included).</summary>
    public IReadOnlyList<EnumValue> Values { get; }

    /// <summary>The first member (in declaration order) whose number is <paramref name="number"/>, or null.</summary>
    public EnumValue? FindNumber(long number)
    {
        foreach (var value in Values)
        {
            if (value.Number == number)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The first member written as <paramref name="written"/> (exact, case-sensitive) by a string enum, or null; always null for an integer enum.</summary>
    public EnumValue? FindWritten(string written)
    {
        if (WritesIntegers)
        {
            return null;
        }

        foreach (var value in Values)
        {
            if (string.Equals(value.Written, written, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}

/// <summary>One member of an enum, its number and how it is written.</summary>
internal sealed class EnumValue
{
    public EnumValue(string name, object value, string written, long? number)
    {
        Name = name;
        Value = value;
        Written = written;
        Number = number;
    }

    public string Name { get; }

    /// <summary>As <see cref="EnumMember.Value"/>: a boxed enum (build host) or its underlying number (analyzer).</summary>
    public object Value { get; }

    /// <summary>
    /// The text it is written as: a string enum's [PayloadValue], else the member's name; an integer enum's number
    /// in invariant decimal digits (for messages: the plist holds an integer).
    /// </summary>
    public string Written { get; }

    /// <summary>The member's number; null only for a <c>ulong</c> above <see cref="long.MaxValue"/>.</summary>
    public long? Number { get; }

    /// <summary>The number of an enum constant (boxed enum or underlying number), or null when it does not fit a long.</summary>
    internal static long? NumberOf(object constant)
    {
        // decimal holds every underlying type, ulong included; Enum implements IConvertible.
        var number = Convert.ToDecimal(constant, CultureInfo.InvariantCulture);
        return number >= long.MinValue && number <= long.MaxValue ? (long)number : null;
    }
}
