using ProfileAsCode.Rules;

namespace ProfileAsCode.Shapes;

/// <summary>
/// What makes a record a payload record: the marker attribute (<see cref="PayloadKind"/>, the rule engine's, so
/// facts carry the same value), the domain or payload type it names, and its display name.
/// </summary>
internal sealed class PayloadMarker(PayloadKind kind, string identifier, string? displayName)
{
    public PayloadKind Kind { get; } = kind;

    /// <summary>The preference domain, or the Apple <c>PayloadType</c>.</summary>
    public string Identifier { get; } = identifier;

    /// <summary>The attribute's <c>DisplayName</c>, if set.</summary>
    public string? DisplayName { get; } = displayName;
}
