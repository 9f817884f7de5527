namespace ProfileAsCode.Shapes;

/// <summary>Which attribute makes a record a payload.</summary>
internal enum PayloadKind
{
    /// <summary><c>[PreferenceDomain("com.jamf.connect.login")]</c>: the settings of one preference domain.</summary>
    PreferenceDomain,

    /// <summary><c>[ApplePayload("com.apple.TCC.configuration-profile-policy")]</c>: one Apple-defined payload.</summary>
    ApplePayload,
}

/// <summary>What makes a record a payload record: the marker attribute, and the domain or payload type it names.</summary>
internal sealed class PayloadMarker(PayloadKind kind, string identifier, string? displayName)
{
    public PayloadKind Kind { get; } = kind;

    /// <summary>The preference domain, or the Apple <c>PayloadType</c>.</summary>
    public string Identifier { get; } = identifier;

    /// <summary>The attribute's <c>DisplayName</c>, if set.</summary>
    public string? DisplayName { get; } = displayName;
}
