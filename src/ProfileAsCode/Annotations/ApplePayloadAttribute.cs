namespace ProfileAsCode;

/// <summary>
/// Marks a record as one Apple-defined payload, named by its <c>PayloadType</c>
/// (<c>com.apple.TCC.configuration-profile-policy</c>). Used as a property of a
/// <see cref="ConfigurationProfileAttribute"/> record, it becomes one payload whose keys sit next to the
/// payload's envelope keys. Unlike a <see cref="PreferenceDomainAttribute"/> record it has no
/// managed-preferences form: <see cref="ConfigurationProfileAttribute.PayloadForm"/> does not apply to it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ApplePayloadAttribute(string payloadType) : Attribute
{
    /// <summary>The payload's <c>PayloadType</c>, exactly as Apple defines it.</summary>
    public string PayloadType { get; } = payloadType;

    /// <summary>Overrides the payload's <c>PayloadDisplayName</c>.</summary>
    public string? DisplayName { get; set; }
}
