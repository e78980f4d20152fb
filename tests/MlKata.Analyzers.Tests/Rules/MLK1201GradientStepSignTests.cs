using MlKata.Analyzers.Models;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Models.GradientStepSignAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1201GradientStepSignTests
{
    [Fact]
    public Task Flags_adding_the_gradient() => Verify.VerifyAsync("""
        sealed class Model
        {
            private readonly double _learningRate = 0.1;
            public void Fit(double[] w, double[] gradient, double bias, double biasGradient, double lr)
            {
                for (int j = 0; j < w.Length; j++) [|w[j] += _learningRate * gradient[j]|];
                [|bias += lr * biasGradient|];
                double[] weights = w;
                double[] grad = gradient;
                for (int j = 0; j < w.Length; j++) [|weights[j] = weights[j] + lr * grad[j] / w.Length|];
            }
        }
        """);

    [Fact]
    public Task Flags_a_gradient_built_from_target_minus_prediction_then_subtracted() => Verify.VerifyAsync("""
        sealed class LogisticRegression
        {
            public void Fit(double[][] x, int[] y, double learningRate)
            {
                var w = new double[x[0].Length];
                var gradient = new double[w.Length];
                double b = 0, biasGradient = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    double error = y[i] - Predict(w, b, x[i]);
                    for (int j = 0; j < w.Length; j++) gradient[j] += error * x[i][j];
                    biasGradient += error;
                }
                for (int j = 0; j < w.Length; j++) [|w[j] -= learningRate * gradient[j] / x.Length|];
                [|b -= learningRate * biasGradient / x.Length|];
            }

            static double Predict(double[] w, double b, double[] row) => b + w.Zip(row, (a, c) => a * c).Sum();
        }
        """);

    [Fact]
    public Task Flags_an_sgd_step_that_adds_prediction_minus_target() => Verify.VerifyAsync("""
        sealed class MatrixFactorization
        {
            public void Fit((int User, int Item, double Rating)[] ratings, double[][] p, double[][] q, double lr, double lambda)
            {
                foreach (var (user, item, rating) in ratings)
                {
                    double error = p[user].Zip(q[item], (a, b) => a * b).Sum() - rating;
                    for (int f = 0; f < p[user].Length; f++)
                    {
                        double before = p[user][f];
                        [|p[user][f] += lr * (error * q[item][f] - lambda * before)|];
                        [|q[item][f] += lr * (error * before - lambda * q[item][f])|];
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Quiet_on_correct_descent_steps() => Verify.VerifyAsync("""
        sealed class Model
        {
            public void Fit(double[][] x, double[] y, double[] rating, double learningRate, double step)
            {
                var w = new double[x[0].Length];
                var gradient = new double[w.Length];
                double b = 0, biasGradient = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    double residual = b - y[i];
                    for (int j = 0; j < w.Length; j++) residual += w[j] * x[i][j];
                    for (int j = 0; j < w.Length; j++) gradient[j] += residual * x[i][j];
                    biasGradient += residual;
                }
                for (int j = 0; j < w.Length; j++) w[j] -= step * gradient[j];
                b -= step * biasGradient;
                for (int j = 0; j < w.Length; j++) w[j] += -learningRate * gradient[j];
                for (int j = 0; j < w.Length; j++) w[j] = w[j] - learningRate * gradient[j];

                // target minus prediction, added: the classic SGD form is a descent step
                for (int i = 0; i < x.Length; i++)
                {
                    double error = y[i] - w.Zip(x[i], (a, c) => a * c).Sum();
                    for (int j = 0; j < w.Length; j++) w[j] += learningRate * error * x[i][j];
                }
            }
        }
        """);

    [Fact]
    public Task Quiet_on_correct_steps_whose_signs_sit_in_constants() => Verify.VerifyAsync("""
        sealed class LinearRegression
        {
            public void Fit(double[][] x, double[] y, double learningRate)
            {
                int n = x.Length;
                var w = new double[x[0].Length];
                var gradW = new double[w.Length];
                double gradB = 0;
                for (int i = 0; i < n; i++)
                {
                    double diff = y[i] - w.Zip(x[i], (a, c) => a * c).Sum();
                    for (int j = 0; j < w.Length; j++) gradW[j] += -2.0 / n * diff * x[i][j];
                    gradB -= 2.0 * diff / n;
                }
                for (int j = 0; j < w.Length; j++) w[j] -= learningRate * gradW[j];
                double b = 0;
                b -= learningRate * gradB;
            }

            public void Td(double[][] q, int s, int a, double reward, double gamma, double alpha, int next)
            {
                double target = reward + gamma * q[next].Max();
                double tdError = target - q[s][a];
                q[s][a] += alpha * tdError;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_accumulators_momentum_and_ascent() => Verify.VerifyAsync("""
        sealed class Optimizer
        {
            public void Step(double[] w, double[] grad, double[] velocity, double[] gradSum, double lr, double momentum)
            {
                for (int j = 0; j < w.Length; j++)
                {
                    gradSum[j] += lr * grad[j];
                    velocity[j] = momentum * velocity[j] + lr * grad[j];
                    velocity[j] += lr * grad[j];
                    w[j] -= velocity[j];
                    w[j] += lr * -grad[j];
                    w[j] += grad[j] * grad[j];
                }
            }

            public void MaximizeLikelihood(double[] theta, double[] gradient, double lr)
            {
                for (int j = 0; j < theta.Length; j++) theta[j] += lr * gradient[j];
            }

            public void Policy(double[] theta, double[] gradLogPi, double alpha)
            {
                for (int j = 0; j < theta.Length; j++) theta[j] += alpha * gradLogPi[j];
            }

            public void NoLearningRate(double[] w, double[] gradient)
            {
                for (int j = 0; j < w.Length; j++) w[j] += gradient[j];
            }
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        sealed class Model
        {
            public void Fit(double[] w, double[] gradient, double lr)
            {
                for (int j = 0; j < w.Length; j++) w[j] += lr *
                double error = y[i] - ;
                gradient[j] += error * ;
                w[j] -= lr * gradient[
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1201.md", GradientStepSignAnalyzer.Rule.HelpLinkUri);
        Assert.StartsWith("gradient step climbs the loss", GradientStepSignAnalyzer.Rule.MessageFormat.ToString());
    }
}
