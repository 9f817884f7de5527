using System.Globalization;

namespace ProfileAsCode.Tests.Oracles;

/// <summary>
/// libplist's <c>plistutil</c> (Debian libplist-utils 2.2.0) as an oracle: converts each input with
/// <c>-f bin</c> or <c>-f xml</c>. One bash process loops over the whole batch.
/// </summary>
public static class Plistutil
{
    public const string InstallHint = "plistutil is not installed; the plist oracle tests need it: apt-get install -y libplist-utils";

    /// <summary>Fails (never skips) when plistutil is missing, so CI cannot pass without the oracle.</summary>
    public static void EnsureInstalled()
    {
        if (!OracleProcess.IsOnPath("plistutil"))
        {
            throw new InvalidOperationException(InstallHint);
        }
    }

    /// <summary>Runs <c>plistutil -i in -o out -f <paramref name="format"/></c> on each input; null output means plistutil failed.</summary>
    public static IReadOnlyList<(byte[]? Bytes, string? Error)> Convert(IReadOnlyList<byte[]> inputs, string format)
    {
        EnsureInstalled();
        if (format is not ("bin" or "xml"))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "bin or xml");
        }

        var directory = Directory.CreateTempSubdirectory("plistutil-oracle-");
        try
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                File.WriteAllBytes(Path.Combine(directory.FullName, $"{i}.in"), inputs[i]);
            }

            var script = $"cd \"$1\" && for i in $(seq 0 {inputs.Count - 1}); do plistutil -i $i.in -o $i.out -f {format} 2>$i.err || echo failed >>$i.err; done";
            var (exit, _, stderr) = OracleProcess.Run("bash", ["-c", script, "bash", directory.FullName], string.Empty, TimeSpan.FromMinutes(3));
            if (exit != 0)
            {
                throw new InvalidOperationException($"plistutil batch failed ({exit}): {stderr}");
            }

            return Enumerable.Range(0, inputs.Count).Select(i =>
            {
                var output = Path.Combine(directory.FullName, i.ToString(CultureInfo.InvariantCulture) + ".out");
                var error = File.ReadAllText(Path.Combine(directory.FullName, i.ToString(CultureInfo.InvariantCulture) + ".err"));
                return File.Exists(output) && error.Length == 0 ? (File.ReadAllBytes(output), (string?)null) : ((byte[]?)null, error.Trim());
            }).ToList();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
