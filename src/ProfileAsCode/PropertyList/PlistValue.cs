namespace ProfileAsCode.PropertyList;

/// <summary>The eight property-list types (Apple's DTD, plus unsigned 64-bit integers as CFNumber holds them).</summary>
public enum PlistKind
{
    Dictionary,
    Array,
    String,
    Integer,
    Real,
    Boolean,
    Date,
    Data,
}

/// <summary>
/// An immutable property-list value. Values compare by content: two trees are equal when a
/// plist parser would give the same values for both (reals compare bit for bit, so NaN equals NaN
/// and -0.0 differs from 0.0).
/// </summary>
public abstract class PlistValue : IEquatable<PlistValue>
{
    private protected PlistValue()
    {
    }

    public abstract PlistKind Kind { get; }

    public abstract bool Equals(PlistValue? other);

    public sealed override bool Equals(object? obj) => obj is PlistValue other && Equals(other);

    public abstract override int GetHashCode();

    public static implicit operator PlistValue(string value) => new PlistString(value);

    public static implicit operator PlistValue(bool value) => PlistBoolean.From(value);

    public static implicit operator PlistValue(long value) => new PlistInteger(value);

    public static implicit operator PlistValue(int value) => new PlistInteger(value);

    public static implicit operator PlistValue(double value) => new PlistReal(value);

    public static implicit operator PlistValue(DateTime value) => new PlistDate(value);

    public static implicit operator PlistValue(byte[] value) => new PlistData(value);
}
