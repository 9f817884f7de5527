namespace ProfileAsCode.Benchmarks.Documents;

/// <summary>The three documents every benchmark and the comparison runner measure.</summary>
public enum DocumentSize
{
    /// <summary>A Jamf Connect Entra ID profile as an admin writes it (login window + menu bar), about 5 KB of XML.</summary>
    Typical,

    /// <summary>A synthetic profile with many preference payloads, about 100 KB of XML.</summary>
    Medium,

    /// <summary>The same shape scaled to about 10 MB of XML, where per-call overhead no longer matters.</summary>
    Large,
}
