namespace ProfileAsCode;

/// <summary>
/// Marks a record as the settings of one preference domain (<c>com.jamf.connect.login</c>). Used as
/// a property of a <see cref="ConfigurationProfileAttribute"/> record, it becomes one payload.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PreferenceDomainAttribute(string domain) : Attribute
{
    public string Domain { get; } = domain;

    /// <summary>Overrides the payload's <c>PayloadDisplayName</c>.</summary>
    public string? DisplayName { get; set; }
}

/// <summary>
/// The exact, case-sensitive plist key a property is written under. A payload-record property without
/// it is written under its own name, unchanged (<c>askForPassword</c> → <c>askForPassword</c>); the
/// Jamf Connect records spell every key out so that renaming a property never changes the output.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PayloadKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}

/// <summary>The exact string an enum member is written as (<c>Okta-OIDC</c>, <c>Azure_v2</c>); without it, the member's name.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class PayloadValueAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>
/// Marks a property of type <c>IReadOnlyDictionary&lt;string, object?&gt;</c> whose entries are written
/// as extra raw keys, for settings the typed record does not know yet. Values map like typed ones
/// (by their runtime type); a null value is not set. A raw key may not repeat a typed key of the same
/// record or be one of the payload envelope's (<c>PayloadIdentifier</c>, <c>PayloadUUID</c>, <c>PayloadType</c>,
/// …; PAC3005).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class AdditionalKeysAttribute : Attribute
{
}

/// <summary>
/// On a payload-typed property of a profile record: pins the payload's envelope keys — <c>PayloadUUID</c>,
/// <c>PayloadIdentifier</c>, <c>PayloadDisplayName</c>, <c>PayloadDescription</c>, <c>PayloadOrganization</c>,
/// <c>PayloadEnabled</c> — for profiles imported from devices that already have them. Unpinned, the
/// identifier is <c>&lt;profile identifier&gt;.&lt;domain or payload type&gt;</c> (a later property of the same
/// domain or type adds <c>.&lt;property name&gt;</c>), the UUID is UUIDv5 of the identifier, the display name is the
/// record's, and the other keys are not written.
/// A pinned UUID is written exactly as given and must be 8-4-4-4-12 hexadecimal (else PAC3001).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PayloadIdentityAttribute : Attribute
{
    private string? displayName;
    private bool displayNameSet;
    private bool? enabled;

    public string? Identifier { get; set; }

    public string? Uuid { get; set; }

    /// <summary>
    /// Pins the payload's <c>PayloadDisplayName</c> (imported profiles keep the name devices show). Set to null,
    /// the payload has no <c>PayloadDisplayName</c>; not set, it has the record's display name.
    /// </summary>
    public string? DisplayName
    {
        get => displayName;
        set
        {
            displayName = value;
            displayNameSet = true;
        }
    }

    /// <summary>The payload's <c>PayloadDescription</c>; null (the default): not written.</summary>
    public string? Description { get; set; }

    /// <summary>The payload's <c>PayloadOrganization</c>; null (the default): not written. Jamf Pro writes it on each payload.</summary>
    public string? Organization { get; set; }

    /// <summary>
    /// The payload's <c>PayloadEnabled</c>, written only when set here (Jamf Pro writes it; it is not among Apple's
    /// CommonPayloadKeys). Reads true when not set.
    /// </summary>
    public bool Enabled
    {
        get => enabled ?? true;
        set => enabled = value;
    }

    /// <summary>Whether <see cref="DisplayName"/> was given (an attribute's property setter runs only for a named argument given).</summary>
    internal bool DisplayNameIsSet => displayNameSet;

    /// <summary><see cref="Enabled"/> when it was set, else null.</summary>
    internal bool? EnabledIfSet => enabled;
}
