namespace MlKata.Katas;

/// <summary>Matrix factorisation for collaborative filtering, trained by SGD. See README.md.</summary>
public sealed class MatrixFactorization
{
    public MatrixFactorization(int factors, double learningRate, double regularization, int epochs, int seed) =>
        throw new NotImplementedException("The matrix-factorization kata is not implemented yet: write the MatrixFactorization constructor.");

    public void Fit((int User, int Item, double Rating)[] ratings, int users, int items) =>
        throw new NotImplementedException("The matrix-factorization kata is not implemented yet: write MatrixFactorization.Fit.");

    public double Predict(int user, int item) =>
        throw new NotImplementedException("The matrix-factorization kata is not implemented yet: write MatrixFactorization.Predict.");
}
