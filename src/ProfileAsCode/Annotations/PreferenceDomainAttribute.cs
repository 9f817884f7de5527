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
/// On a payload-typed property of a profile record: pins the payload's <c>PayloadUUID</c>, <c>PayloadIdentifier</c>
/// and/or <c>PayloadDisplayName</c> (for profiles imported from devices that already have them). Unpinned, the
/// identifier is <c>&lt;profile identifier&gt;.&lt;domain or payload type&gt;</c> (a later property of the same
/// domain or type adds <c>.&lt;property name&gt;</c>) and the UUID is UUIDv5 of the identifier.
/// A pinned UUID is written exactly as given and must be 8-4-4-4-12 hexadecimal (else PAC3001).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PayloadIdentityAttribute : Attribute
{
    public string? Identifier { get; set; }

    public string? Uuid { get; set; }

    /// <summary>Pins the payload's <c>PayloadDisplayName</c> (imported profiles keep the name devices show).</summary>
    public string? DisplayName { get; set; }
}
