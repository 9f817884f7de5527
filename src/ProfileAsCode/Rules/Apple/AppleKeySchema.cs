namespace ProfileAsCode.Rules.Apple;

/// <summary>The value types of Apple's schema.</summary>
internal enum ApplePlistType
{
    String,
    Integer,
    Real,
    Boolean,
    Date,
    Data,
    Array,
    Dictionary,

    /// <summary><c>&lt;any&gt;</c>: any property-list value.</summary>
    Any,
}

/// <summary>When something is on macOS: versions as Apple writes them (<c>10.15</c>, <c>14.0</c>).</summary>
internal sealed class AppleAvailability
{
    public static readonly AppleAvailability NotOnMacOS = new(null, null, null);

    public AppleAvailability(string? introduced, string? deprecated, string? removed)
    {
        Introduced = introduced;
        Deprecated = deprecated;
        Removed = removed;
    }

    /// <summary>The first macOS version, or null when Apple lists it for other platforms only.</summary>
    public string? Introduced { get; }

    public string? Deprecated { get; }

    public string? Removed { get; }

    public bool IsOnMacOS => Introduced is not null;

    public override string ToString() => Introduced is null ? "not on macOS" : "macOS " + Introduced + (Deprecated is null ? string.Empty : ", deprecated " + Deprecated) + (Removed is null ? string.Empty : ", removed " + Removed);
}

/// <summary>
/// One key of a payload schema. An array's items are its single child <see cref="Element"/>; a dictionary
/// with a wildcard child (<see cref="IsWildcard"/>) takes keys of any name. Children lists are shared where
/// Apple's schema shares them (every PPPC service has the same entries), so a key does not know its path.
/// </summary>
internal sealed class AppleKeySchema
{
    internal AppleKeySchema(string name, ApplePlistType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The exact key; <c>[]</c> for an array's items, <c>*</c> for a wildcard.</summary>
    public string Name { get; }

    public ApplePlistType Type { get; }

    public bool IsArrayItem => Name == AppleSchemaText.ItemName;

    public bool IsWildcard => Name == AppleSchemaText.WildcardName;

    /// <summary>
    /// Required on macOS: the schema's presence, corrected by the reviewed exceptions (a key that is one of
    /// two alternatives, or needed only in some configurations, is not required here; see <see cref="AppleKeyChildren.Constraints"/>).
    /// </summary>
    public bool IsRequired { get; internal set; }

    /// <summary>The allowed values (string, long or double by <see cref="Type"/>); empty when any value of the type is allowed.</summary>
    public IReadOnlyList<object> AllowedValues { get; internal set; } = Array.Empty<object>();

    public double? Minimum { get; internal set; }

    public double? Maximum { get; internal set; }

    /// <summary>The default (string, bool, long or double by <see cref="Type"/>), or null when the schema states none.</summary>
    public object? Default { get; internal set; }

    /// <summary>The key's own availability; the payload's when the schema states none for the key.</summary>
    public AppleAvailability MacOS { get; internal set; } = AppleAvailability.NotOnMacOS;

    /// <summary>Supervised Macs only.</summary>
    public bool Supervised { get; internal set; }

    /// <summary>The key's own channel flags, when the schema states them (else the payload's apply).</summary>
    public bool? DeviceChannel { get; internal set; }

    public bool? UserChannel { get; internal set; }

    /// <summary>The keys of a dictionary, the item of an array; empty for scalars and for keys not on macOS.</summary>
    public AppleKeyChildren Children { get; internal set; } = AppleKeyChildren.None;

    /// <summary>An array's items, or null.</summary>
    public AppleKeySchema? Element => Type == ApplePlistType.Array ? Children.Find(AppleSchemaText.ItemName) : null;

    public override string ToString() => Name + " (" + Type + ")";
}

/// <summary>The keys of one dictionary (or the item of one array) and the presence rules among them.</summary>
internal sealed class AppleKeyChildren
{
    internal static readonly AppleKeyChildren None = new();

    private Dictionary<string, AppleKeySchema>? byName;

    internal List<AppleKeySchema> KeyList { get; } = new();

    internal List<AppleKeyConstraint> ConstraintList { get; } = new();

    public IReadOnlyList<AppleKeySchema> Keys => KeyList;

    /// <summary>Presence rules Apple states in prose (EXCEPTIONS.md of the generator), checked instead of <see cref="AppleKeySchema.IsRequired"/> for the keys they name.</summary>
    public IReadOnlyList<AppleKeyConstraint> Constraints => ConstraintList;

    private int presenceRules; // 0 not yet known, 1 none, 2 some

    /// <summary>Whether a key here is required or a presence rule names keys here (PAC4001 has something to check).</summary>
    public bool HasPresenceRules
    {
        get
        {
            if (presenceRules == 0)
            {
                presenceRules = ConstraintList.Count > 0 || KeyList.Exists(k => k.IsRequired) ? 2 : 1; // the same answer if computed twice
            }

            return presenceRules == 2;
        }
    }

    /// <summary>The wildcard entry (<c>*</c>), when the dictionary takes keys of any name.</summary>
    public AppleKeySchema? Wildcard => Find(AppleSchemaText.WildcardName);

    /// <summary>The child named exactly <paramref name="name"/> (no wildcard matching).</summary>
    public AppleKeySchema? Find(string name)
    {
        var index = byName;
        if (index is null)
        {
            index = new Dictionary<string, AppleKeySchema>(KeyList.Count, StringComparer.Ordinal);
            foreach (var key in KeyList)
            {
                index[key.Name] = key;
            }

            byName = index; // built once the table is parsed; a race builds the same index twice
        }

        return index.TryGetValue(name, out var found) ? found : null;
    }
}

internal enum AppleConstraintKind
{
    /// <summary>Exactly one of <see cref="AppleKeyConstraint.Keys"/> is present.</summary>
    ExactlyOneOf,

    /// <summary>At least one of the keys is present.</summary>
    AtLeastOneOf,

    /// <summary>The keys are present together or not at all.</summary>
    AllOrNone,

    /// <summary>The key is required when <see cref="AppleKeyConstraint.WhenKey"/> has <see cref="AppleKeyConstraint.WhenValue"/> (or, without a value, is present).</summary>
    RequiredWhen,

    /// <summary>The key is required unless <see cref="AppleKeyConstraint.WhenKey"/> has <see cref="AppleKeyConstraint.WhenValue"/>.</summary>
    RequiredUnless,

    /// <summary>The key is required on macOS, though the schema marks it optional (it is <see cref="AppleKeySchema.IsRequired"/> here).</summary>
    RequiredOnMacOS,

    /// <summary>The schema marks the key required, but that depends on something the payload does not state: not checked.</summary>
    NotEnforced,
}

/// <summary>One reviewed presence rule among the keys of a dictionary (key names relative to it, dotted when nested).</summary>
internal sealed class AppleKeyConstraint
{
    internal AppleKeyConstraint(AppleConstraintKind kind, IReadOnlyList<string> keys, string? whenKey, string? whenValue, string documentationUrl, bool addsRequirement = false)
    {
        Kind = kind;
        AddsRequirement = addsRequirement;
        Keys = keys;
        WhenKey = whenKey;
        WhenValue = whenValue;
        DocumentationUrl = documentationUrl;
    }

    public AppleConstraintKind Kind { get; }

    public IReadOnlyList<string> Keys { get; }

    public string? WhenKey { get; }

    /// <summary>The value of <see cref="WhenKey"/> as the schema writes it (<c>HTTPS</c>, <c>true</c>, <c>1.3</c>); null: "is present".</summary>
    public string? WhenValue { get; }

    /// <summary>Apple's page that states the rule.</summary>
    public string DocumentationUrl { get; }

    /// <summary>
    /// The rule asks for a key the schema marks optional (Apple says so only in prose), rather than relaxing a key the
    /// schema marks required. PAC4001 reports such a key as a warning: nothing says a Mac refuses the profile without it.
    /// </summary>
    public bool AddsRequirement { get; }

    public override string ToString() => Kind + " " + string.Join(", ", Keys) + (WhenKey is null ? string.Empty : " / " + WhenKey + (WhenValue is null ? string.Empty : " = " + WhenValue));
}
