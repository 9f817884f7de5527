namespace ProfileAsCode.Rules.Keys;

/// <summary>
/// One key a preference domain reads: its dotted path (nested dictionaries as <c>IdPSettings.Provider</c>),
/// the property-list type, where it is documented and which versions read it. Plain data, so a table can be
/// written by hand (Jamf Connect) or generated (Apple's payload schemas).
/// </summary>
internal sealed class KeySpec
{
    private readonly string? name;

    public KeySpec(string domain, string path, PlistType type, string documentation, PlistType itemType = PlistType.Any, bool freeFormChildren = false, string? since = null, bool verified = true, string? sameSettingIn = null, string? label = null, string? note = null, string? name = null)
    {
        Domain = domain;
        this.name = name;
        Path = path;
        Type = type;
        Documentation = documentation;
        ItemType = itemType;
        FreeFormChildren = freeFormChildren;
        Since = since;
        Verified = verified;
        SameSettingIn = sameSettingIn;
        Label = label;
        Note = note;
    }

    public string Domain { get; }

    public string Path { get; }

    public PlistType Type { get; }

    /// <summary>The public page that documents the key (a URL).</summary>
    public string Documentation { get; }

    /// <summary>For arrays: the type of every item; <see cref="PlistType.Any"/> when mixed or not documented.</summary>
    public PlistType ItemType { get; }

    /// <summary>A dictionary whose keys are the administrator's own names (keychain items): its children are not checked.</summary>
    public bool FreeFormChildren { get; }

    /// <summary>The first version that reads the key, where the documentation says; null when not known.</summary>
    public string? Since { get; }

    /// <summary>Name, place and type are confirmed by the documentation; false when only samples or third parties show them.</summary>
    public bool Verified { get; }

    /// <summary>The key path of the same setting in a sibling domain (<c>OIDCTenant</c> ↔ <c>IdPSettings.TenantID</c>), if any.</summary>
    public string? SameSettingIn { get; }

    /// <summary>The field's name in the vendor's configuration app ("ROPG Client ID"), which people also write as a key.</summary>
    public string? Label { get; }

    public string? Note { get; }

    /// <summary>The key's own name: the last segment of <see cref="Path"/>, unless the table gave it (Apple's keys may contain dots).</summary>
    public string Name => name ?? Path.Substring(Path.LastIndexOf('.') + 1);

    /// <summary>The path of the dictionary holding the key, or the empty string at the top.</summary>
    public string Parent => Path.Length > Name.Length ? Path.Substring(0, Path.Length - Name.Length - 1) : string.Empty;
}
