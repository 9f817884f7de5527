namespace ProfileAsCode.Tests.Oracles;

/// <summary>Python's <c>uuid.uuid5</c> as an oracle for our name-based UUIDs.</summary>
public static class PythonUuid
{
    /// <summary><c>uuid.uuid5(namespace, name)</c>, upper case as profiles write it.</summary>
    public static string Uuid5(Guid namespaceId, string name)
    {
        var (exit, stdout, stderr) = OracleProcess.Run(
            "python3",
            ["-c", "import sys, uuid; print(str(uuid.uuid5(uuid.UUID(sys.argv[1]), sys.argv[2])).upper())", namespaceId.ToString(), name],
            string.Empty,
            TimeSpan.FromMinutes(1));
        return exit == 0 ? stdout.Trim() : throw new InvalidOperationException($"python3 uuid oracle failed ({exit}): {stderr}");
    }
}
