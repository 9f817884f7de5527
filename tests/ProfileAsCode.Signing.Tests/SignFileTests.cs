using ProfileAsCode.Signing.Tests.Support;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Signing.Tests;

[Collection(PkiCollection.Name)]
public sealed class SignFileTests(TestPki pki)
{
    [Fact]
    public void Replaces_the_output_whole_and_leaves_no_temporary_file()
    {
        using var identity = pki.Rsa.LoadPem();
        var folder = pki.NewFolder();
        var input = Path.Combine(folder, "profile.mobileconfig");
        var output = Path.Combine(folder, "signed.mobileconfig");
        File.WriteAllBytes(input, TestProfiles.Xml);
        File.WriteAllText(output, "previous build");

        ProfileSigner.SignFile(input, output, identity, TestProfiles.Fixed);

        Assert.Equal(ProfileSigner.Sign(TestProfiles.Xml, identity, TestProfiles.Fixed), File.ReadAllBytes(output));
        Assert.Equal(["profile.mobileconfig", "signed.mobileconfig"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_input_is_named()
    {
        using var identity = pki.Rsa.LoadPem();
        var folder = pki.NewFolder();
        var input = Path.Combine(folder, "missing.mobileconfig");

        Expect.Failure(SigningError.FileNotFound, input, "Check the path", () => ProfileSigner.SignFile(input, Path.Combine(folder, "out.mobileconfig"), identity));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void Output_folder_that_does_not_exist_is_named()
    {
        using var identity = pki.Rsa.LoadPem();
        var folder = pki.NewFolder();
        var input = Path.Combine(folder, "profile.mobileconfig");
        File.WriteAllBytes(input, TestProfiles.Xml);
        var output = Path.Combine(folder, "no-such-folder", "signed.mobileconfig");

        Expect.Failure(SigningError.CannotWriteOutput, output, "folder exists", () => ProfileSigner.SignFile(input, output, identity));
    }
}
