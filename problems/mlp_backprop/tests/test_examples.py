"""Visible examples for mlp_backprop (what `drill test` runs)."""

import numpy as np
from support import check_answer

X = np.array([[1.0, 2.0], [3.0, -1.0]])


def test_example_zero_parameters(solution, tol):
    params = {"W1": np.zeros((2, 3)), "b1": np.zeros(3), "W2": np.zeros((3, 4)), "b2": np.zeros(4)}
    want = (float(np.log(4.0)), {"W1": np.zeros((2, 3)), "b1": np.zeros(3), "W2": np.zeros((3, 4)),
                                 "b2": np.array([-0.25, 0.25, 0.25, -0.25])})
    check_answer(solution.loss_and_grads(params, X, np.array([0, 3])), want,
                 call="loss_and_grads(zero params, X, y=[0, 3])", **tol)


def test_example_small_network(solution, tol):
    params = {"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([0.0, -1.0]),
              "W2": np.array([[1.0, 0.0, -1.0], [0.0, 2.0, 1.0]]), "b2": np.array([0.0, 0.0, 0.5])}
    want = (3.371140944639682, {
        "W1": np.array([[2.4019860840104865, 0.8709311379671575], [-1.8620885013872994, 1.741862275934315]]),
        "b1": np.array([0.49739732132240877, 0.8709311379671575]),
        "W2": np.array([[0.25955294133553314, 0.9518359506457702, -1.2113888919813038],
                        [-0.8838854653258589, 0.8579768106084568, 0.025908654717401513]]),
        "b2": np.array([0.015432630001627368, 0.46653206131915376, -0.48196469132078135])})
    check_answer(solution.loss_and_grads(params, X, np.array([0, 2])), want,
                 call="loss_and_grads(small params, X, y=[0, 2])", **tol)
