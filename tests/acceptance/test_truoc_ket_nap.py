"""Before admission: the pool, the awareness class, the dossier and the introductions."""

from pytest_bdd import scenarios

scenarios("tao_nguon.feature", "lop_nhan_thuc.feature", "ho_so_tham_tra.feature",
          "gioi_thieu.feature")
