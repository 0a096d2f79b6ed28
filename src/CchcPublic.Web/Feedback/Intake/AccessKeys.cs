using System.Security.Cryptography;
using System.Text;

namespace CchcPublic.Web.Feedback.Intake;

/// <summary>
/// The sender's secret for following a case: 12 characters from an alphabet without look-alikes (60 bits),
/// shown as XXXX-XXXX-XXXX. Only a salted PBKDF2 hash is stored.
/// </summary>
public static class AccessKeys
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int Length = 12;
    // The key is random (60 bits), not a chosen password: the stretching only adds margin against an
    // offline search of a stolen table, while every submission pays for it.
    private const int Iterations = 1_000;

    public static string Create()
    {
        Span<char> key = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            key[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"{key[..4]}-{key[4..8]}-{key[8..]}";
    }

    /// <summary>What people type: any case, with or without dashes and spaces; O and I read as 0 and 1 never occur.</summary>
    public static string Canonical(string typed) =>
        new(typed.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static string Hash(string key)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(Canonical(key)), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string typed, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], out var iterations))
        {
            return false;
        }
        var canonical = Canonical(typed);
        if (canonical.Length != Length)
        {
            return false;
        }
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(canonical), Convert.FromBase64String(parts[2]),
            iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
