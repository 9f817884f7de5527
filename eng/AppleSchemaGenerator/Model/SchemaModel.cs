namespace AppleSchemaGenerator.Model;

/// <summary>The value types of Apple's schema (docs/schema.md, "Type Values").</summary>
internal enum SchemaType
{
    String,
    Integer,
    Real,
    Boolean,
    Date,
    Data,
    Array,
    Dictionary,
    Any,
}

/// <summary>One OS's entry of a <c>supportedOS</c> object; null members were not stated.</summary>
internal sealed class OsSupport
{
    /// <summary>A version (<c>10.15</c>) or <c>n/a</c>.</summary>
    public string? Introduced { get; init; }

    public string? Deprecated { get; init; }

    public string? Removed { get; init; }

    public bool? Multiple { get; init; }

    public bool? DeviceChannel { get; init; }

    public bool? UserChannel { get; init; }

    public bool? Supervised { get; init; }

    public bool? RequiresDep { get; init; }

    public bool? UserApprovedMdm { get; init; }

    public bool? AllowManualInstall { get; init; }

    public bool NotAvailable => Introduced == "n/a";
}

/// <summary>
/// One entry of a <c>payloadkeys</c> or <c>subkeys</c> list. YAML aliases share one instance, so a node can
/// appear under several parents, and (applicationaccess.new's subApps) inside itself.
/// </summary>
internal sealed class KeyNode
{
    public required string Key { get; init; }

    public required SchemaType Type { get; init; }

    /// <summary><c>required</c>, <c>optional</c> or null (array item placeholders state none).</summary>
    public string? Presence { get; init; }

    /// <summary>The allowed values as written in the YAML (interpreted by <see cref="Type"/>).</summary>
    public IReadOnlyList<string>? RangeList { get; init; }

    public string? RangeMin { get; init; }

    public string? RangeMax { get; init; }

    /// <summary>The default as written in the YAML.</summary>
    public string? Default { get; init; }

    /// <summary>The key's own macOS entry; the rest is inherited from the payload (docs/schema.md, "supportedOS").</summary>
    public OsSupport? MacOS { get; init; }

    /// <summary>Apple's name for the structure of the subkeys (<c>Identity</c>), when given.</summary>
    public string? SubkeyType { get; init; }

    public List<KeyNode> Subkeys { get; } = [];

    /// <summary>Apple's prose. Read only by <see cref="Exceptions.ProseScanner"/>; never written into generated code.</summary>
    public string? Content { get; init; }

    /// <summary><c>ANY</c>: a wildcard standing for any key name.</summary>
    public bool IsWildcard => Key == "ANY";

    public bool IsRequired => Presence == "required";

    public override string ToString() => $"{Key} ({Type})";
}

/// <summary>One <c>mdm/profiles/*.yaml</c> file.</summary>
internal sealed class PayloadSchema
{
    public required string FileName { get; init; }

    public required string Title { get; init; }

    public required string PayloadType { get; init; }

    public OsSupport? MacOS { get; init; }

    public required IReadOnlyList<KeyNode> Keys { get; init; }

    /// <summary>TopLevel and CommonPayloadKeys describe the profile and payload envelope, not a payload.</summary>
    public bool IsEnvelope => PayloadType is "TopLevel" or "CommonPayloadKeys";

    public bool IsForMacOS => MacOS is { NotAvailable: false };

    public override string ToString() => FileName;
}
