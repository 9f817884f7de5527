using ProfileAsCode.Signing.Identity;

namespace ProfileAsCode.Testing.Signing;

/// <summary>One RSA and one ECDSA chain per test run, in a temporary folder.</summary>
public sealed class TestPki : IDisposable
{
    public TestPki()
    {
        Directory = Path.Combine(Path.GetTempPath(), "pac-signing-" + Guid.NewGuid().ToString("N"));
        Rsa = TestChain.Create(Path.Combine(Directory, "rsa"), KeyAlgorithm.Rsa);
        Ecdsa = TestChain.Create(Path.Combine(Directory, "ecdsa"), KeyAlgorithm.Ecdsa);
    }

    public string Directory { get; }

    public TestChain Rsa { get; }

    public TestChain Ecdsa { get; }

    public TestChain Chain(KeyAlgorithm algorithm) => algorithm == KeyAlgorithm.Rsa ? Rsa : Ecdsa;

    /// <summary>A fresh empty folder for one test's files.</summary>
    public string NewFolder()
    {
        var folder = Path.Combine(Directory, "t-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class PkiCollection : ICollectionFixture<TestPki>
{
    public const string Name = "pki";
}
