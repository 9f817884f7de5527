using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Signing.Tests;

/// <summary>Neither the right nor a wrong password ever shows up in an error, inner exceptions included.</summary>
[Collection(PkiCollection.Name)]
public sealed class PasswordSecrecyTests(TestPki pki)
{
    private const string WrongPassword = "Wr0ng-Batt3ry-77e1";

    public static TheoryData<string, string> Failures => new()
    {
        { "wrong PKCS#12 password", WrongPassword },
        { "wrong encrypted-key password", WrongPassword },
        { "key of another certificate, encrypted with the right password", TestChain.Password },
        { "PKCS#12 loaded with the right password, then signing refused", TestChain.Password },
        { "malformed PKCS#12 with a password", TestChain.Password },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void No_password_in_any_error(string failure, string password)
    {
        var variable = "PAC_TEST_SECRET_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, password);
        try
        {
            var error = Assert.Throws<SigningException>(() => Provoke(failure, variable));

            foreach (var secret in new[] { TestChain.Password, WrongPassword })
            {
                Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain(secret, error.InnerException?.ToString() ?? "", StringComparison.Ordinal);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    private void Provoke(string failure, string variable)
    {
        switch (failure)
        {
            case "wrong PKCS#12 password":
                SigningIdentityLoader.Load(new SigningIdentitySource(pki.Rsa.SignerP12, PasswordVariable: variable)).Dispose();
                break;
            case "wrong encrypted-key password":
                SigningIdentityLoader.Load(new SigningIdentitySource(pki.Ecdsa.SignerPem, pki.Ecdsa.SignerEncryptedKeyPem, variable)).Dispose();
                break;
            case "key of another certificate, encrypted with the right password":
                SigningIdentityLoader.Load(new SigningIdentitySource(pki.Rsa.SignerPem, pki.Ecdsa.SignerEncryptedKeyPem, variable)).Dispose();
                break;
            case "PKCS#12 loaded with the right password, then signing refused":
                using (var identity = SigningIdentityLoader.Load(new SigningIdentitySource(pki.Rsa.SignerP12, PasswordVariable: variable)))
                {
                    ProfileSigner.Sign(TestProfiles.Xml, identity, new SigningOptions { SigningTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) });
                }

                break;
            case "malformed PKCS#12 with a password":
                var path = Path.Combine(pki.NewFolder(), "garbage.p12");
                File.WriteAllBytes(path, [0x30, 0x03, 0x02, 0x01, 0x03]);
                SigningIdentityLoader.Load(new SigningIdentitySource(path, PasswordVariable: variable)).Dispose();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(failure));
        }
    }
}
