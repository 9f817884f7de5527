namespace ProfileAsCode.Host.Generation;

internal sealed class GenerationResult
{
    public List<HostDiagnostic> Diagnostics { get; } = new();

    /// <summary>Full paths of every file the profiles now consist of (written or already up to date).</summary>
    public List<string> Files { get; } = new();

    /// <summary>Profiles with at least one file whose bytes changed.</summary>
    public int Written { get; set; }

    /// <summary>Profiles whose files already had exactly these bytes.</summary>
    public int Unchanged { get; set; }

    /// <summary>Profiles not written because they have errors.</summary>
    public int Failed { get; set; }

    /// <summary>Signing failed: no file was touched, and the previous build's files and list stay as they are.</summary>
    public bool NothingWritten { get; set; }

    /// <summary>Findings left out because the analyzers reported them in this build's compile.</summary>
    public int AlreadyReported { get; set; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
