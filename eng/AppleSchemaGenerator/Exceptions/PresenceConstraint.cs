namespace AppleSchemaGenerator.Exceptions;

/// <summary>What Apple states in prose about which keys of one dictionary must be present.</summary>
internal enum ConstraintKind
{
    /// <summary>Exactly one of the keys is present.</summary>
    ExactlyOneOf,

    /// <summary>One or more of the keys are present.</summary>
    AtLeastOneOf,

    /// <summary>The keys are present together or not at all.</summary>
    AllOrNone,

    /// <summary>The key is required when another key has a value (or, without a value, is present).</summary>
    RequiredWhen,

    /// <summary>The key is required unless another key has a value.</summary>
    RequiredUnless,

    /// <summary>The key is required on macOS although the schema marks it optional.</summary>
    RequiredOnMacOS,

    /// <summary>The schema marks the key required, but whether it is depends on something the payload does not state.</summary>
    NotEnforced,
}

/// <summary>
/// One reviewed rule about key presence that Apple states in a key's description rather than in its
/// <c>presence</c>. <see cref="Parent"/> names the dictionary holding the keys as schema keys joined by
/// <c>/</c> (array items by their placeholder key, as in the YAML); empty is the payload itself. Keys in
/// <see cref="Keys"/> and <see cref="WhenKey"/> are relative to that dictionary (dotted for nested keys).
/// </summary>
internal sealed record PresenceConstraint(
    string File,
    string Parent,
    ConstraintKind Kind,
    string[] Keys,
    string? WhenKey,
    string? WhenValue,
    string Why,
    string? Page = null)
{
    /// <summary>Whether the constraint replaces a <c>required</c> the schema states for <paramref name="key"/>.</summary>
    public bool Relaxes(string key) =>
        Kind is ConstraintKind.ExactlyOneOf or ConstraintKind.AtLeastOneOf or ConstraintKind.RequiredWhen or ConstraintKind.RequiredUnless or ConstraintKind.NotEnforced
        && Keys.Contains(key, StringComparer.Ordinal);

    /// <summary>Whether the constraint makes <paramref name="key"/> required where the schema says optional.</summary>
    public bool Tightens(string key) => Kind == ConstraintKind.RequiredOnMacOS && Keys.Contains(key, StringComparer.Ordinal);

    /// <summary>Our one-line statement of the rule, for docs and EXCEPTIONS.md.</summary>
    public string Statement => Kind switch
    {
        ConstraintKind.ExactlyOneOf => $"exactly one of {List(Keys)}",
        ConstraintKind.AtLeastOneOf => $"at least one of {List(Keys)}",
        ConstraintKind.AllOrNone => $"{List(Keys)} together or not at all",
        ConstraintKind.RequiredWhen when WhenValue is null => $"`{Keys[0]}` required when `{WhenKey}` is present",
        ConstraintKind.RequiredWhen => $"`{Keys[0]}` required when `{WhenKey}` is `{WhenValue}`",
        ConstraintKind.RequiredUnless => $"`{Keys[0]}` required unless `{WhenKey}` is `{WhenValue}`",
        ConstraintKind.RequiredOnMacOS => $"`{Keys[0]}` required on macOS",
        ConstraintKind.NotEnforced => $"`{Keys[0]}` not checked as required",
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    private static string List(IEnumerable<string> keys) => "{" + string.Join(", ", keys.Select(k => "`" + k + "`")) + "}";
}
